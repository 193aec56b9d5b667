// The argument arrays of the Compose service code lenses ("Build this service", "Up this service"): the files the
// lens sends in merge order, then `build <service>` / `up -d <service>`, with the service name validated.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeBuildArgs, composeProjectFor, composeUpArgs } from '../../client/src/docker/compose';

describe('client: Compose service commands', () => {
  test('build and up one service of a base file and its override file', () => {
    const p = composeProjectFor('/w/compose.yaml', ['/w/compose.yaml', '/w/compose.override.yaml']);
    assert.deepEqual(composeBuildArgs(p, { services: ['web'] }), ['-f', '/w/compose.yaml', '-f', '/w/compose.override.yaml', '--project-directory', '/w', 'build', 'web']);
    assert.deepEqual(composeUpArgs(p, { services: ['api.v2-x_1'] }), [
      '-f',
      '/w/compose.yaml',
      '-f',
      '/w/compose.override.yaml',
      '--project-directory',
      '/w',
      'up',
      '-d',
      'api.v2-x_1',
    ]);
  });

  test('an override file runs over its base file, from the base file\'s folder', () => {
    const p = composeProjectFor('/w/compose.override.yaml', ['/w/compose.yaml', '/w/compose.override.yaml']);
    assert.deepEqual(p, { files: ['/w/compose.yaml', '/w/compose.override.yaml'], projectDir: '/w', projectName: undefined });
  });

  test('without files, the file alone', () => {
    assert.deepEqual(composeBuildArgs(composeProjectFor('/w/infra/compose.yaml'), { services: ['db'] }), ['-f', '/w/infra/compose.yaml', '--project-directory', '/w/infra', 'build', 'db']);
    assert.deepEqual(composeBuildArgs(composeProjectFor('/w/compose.yaml', [])), ['-f', '/w/compose.yaml', '--project-directory', '/w', 'build']);
  });

  test('refuses service names that are not service names, relative files, files without the document', () => {
    const p = composeProjectFor('/w/compose.yaml');
    for (const bad of ['', '-d', '--build', '_x', '.x', 'a b', 'x;rm -rf /', '$(id)', 'a\nb']) {
      assert.throws(() => composeBuildArgs(p, { services: [bad] }), /Invalid service name/, bad);
      assert.throws(() => composeUpArgs(p, { services: [bad] }), /Invalid service name/, bad);
    }
    assert.throws(() => composeBuildArgs(composeProjectFor('compose.yaml'), { services: ['web'] }), /absolute/);
    assert.throws(() => composeProjectFor('/w/compose.yaml', ['/w/other.yaml']), /do not include/);
  });
});
