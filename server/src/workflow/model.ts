import { YamlModel } from '../yaml/model';

/** A GitHub Actions workflow (`.github/workflows/*.yml`) or action metadata file (`action.yml`). */
export class WorkflowModel extends YamlModel {
  constructor(
    text: string,
    readonly kind: 'workflow' | 'action' = 'workflow',
  ) {
    super(text);
  }
}
