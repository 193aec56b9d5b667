import { YamlModel } from '../yaml/model';

/** A Compose file (`compose.yaml`, `docker-compose.yml`, …). */
export class ComposeModel extends YamlModel {}
