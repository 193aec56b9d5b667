// Generated inputs shared by the benchmarks (bench/run.mjs, bench/rule-profile.mjs, bench/completion.mjs).
// Deterministic: the same size always gives the same text.

/** A plausible multi-stage Dockerfile of `lines` lines that triggers a fair share of the rules. */
export function generateDockerfile(lines) {
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=python:3.12-slim'];
  for (let stage = 0; out.length < lines; stage++) {
    out.push(stage === 0 ? 'FROM ${BASE} AS stage0' : `FROM stage${stage - 1} AS stage${stage}`);
    out.push('ARG VERSION', `ENV APP_${stage}=/app/${stage} PATH_${stage}=/opt/${stage}/bin`);
    out.push('RUN apt-get update && apt-get install -y --no-install-recommends curl \\', '    && rm -rf /var/lib/apt/lists/*');
    out.push('RUN pip install flask==3.0.3 | tee /tmp/log', `COPY app${stage}.py app/`, `WORKDIR /app/${stage}`);
    out.push(`RUN echo $APP_${stage} \${PATH_${stage}} && cd /tmp && wget https://example.com/x`, 'EXPOSE 8000', 'CMD python app.py', '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/**
 * A plausible workflow of about `lines` lines: triggers, env, then jobs chained by `needs`, each with a matrix,
 * outputs, expressions in `if`/`with`/`run`, actions with inputs and multi-line scripts.
 */
export function generateWorkflow(lines) {
  const out = [
    'name: Generated CI',
    'on:',
    '  push:',
    '    branches: [main]',
    '  pull_request:',
    '    branches: [main]',
    '  workflow_dispatch:',
    '    inputs:',
    '      level:',
    '        description: Log level',
    '        required: false',
    '        default: info',
    'permissions:',
    '  contents: read',
    'env:',
    '  NODE_OPTIONS: --max-old-space-size=4096',
    'jobs:',
  ];
  for (let j = 0; out.length < lines - 1; j++) {
    out.push(`  job${j}:`);
    out.push(`    name: Build ${j} on \${{ matrix.os }}`);
    if (j > 0) out.push(`    needs: [job${j - 1}]`);
    out.push('    runs-on: ${{ matrix.os }}');
    out.push(`    if: \${{ github.event_name == 'push' || contains(github.event.pull_request.labels.*.name, 'ci') }}`);
    out.push('    timeout-minutes: 30');
    out.push('    strategy:', '      fail-fast: false', '      matrix:', '        os: [ubuntu-latest, windows-latest]', '        node: [18, 20, 22]');
    out.push('    outputs:', `      version: \${{ steps.meta${j}.outputs.version }}`);
    out.push('    steps:');
    out.push('      - uses: actions/checkout@v4');
    out.push('      - name: Set up Node.js', '        uses: actions/setup-node@v4', '        with:', '          node-version: ${{ matrix.node }}', "          cache: 'npm'");
    out.push(`      - id: meta${j}`, '        name: Compute version', '        shell: bash', '        run: |');
    out.push('          echo "version=$(git describe --tags --always)" >> "$GITHUB_OUTPUT"', `          echo "job ${j} for \${{ github.ref_name }}"`);
    out.push('      - run: npm ci', '      - run: npm test -- --shard=${{ strategy.job-index }}/${{ strategy.job-total }}');
    if (j > 0) out.push(`      - run: echo "\${{ needs.job${j - 1}.outputs.version }}"`, '        env:', '          LEVEL: ${{ inputs.level }}');
    out.push('      - uses: actions/upload-artifact@v4', `        if: \${{ always() }}`, '        with:', `          name: logs-${j}-\${{ matrix.os }}-\${{ matrix.node }}`, '          path: logs/');
  }
  // Keep the text a whole job longer than asked rather than cut a job in half (a cut job is a syntax error).
  return out.join('\n') + '\n';
}
