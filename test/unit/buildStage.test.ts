import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildStageInvocation } from '../../client/src/buildStage';

describe('client: build stage command', () => {
  it('builds an argument array for docker build --target', () => {
    assert.deepEqual(buildStageInvocation('/ws/app/Dockerfile', 'build', '/ws'), {
      command: 'docker',
      args: ['build', '--target', 'build', '-f', '/ws/app/Dockerfile', '/ws'],
      cwd: '/ws',
    });
    assert.deepEqual(buildStageInvocation('/ws/app/Dockerfile', 'Final-1.x').args, ['build', '--target', 'Final-1.x', '-f', '/ws/app/Dockerfile', '/ws/app']);
  });

  it('refuses stage names that are not stage names', () => {
    for (const bad of ['', '1abc', 'a b', 'x;rm -rf /', '--push', '$(id)', 'a\nb']) {
      assert.throws(() => buildStageInvocation('/ws/Dockerfile', bad), /Invalid stage name/, bad);
    }
    assert.throws(() => buildStageInvocation('/ws/Dockerfile', undefined as unknown as string), /Invalid stage name/);
    assert.throws(() => buildStageInvocation('Dockerfile', 'build'), /Not a local Dockerfile/);
  });
});
