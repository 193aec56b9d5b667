// hadolint's rules (facts: ids and what each reports) and what Slipway does for each. A rule Slipway implements is
// found in the registry (its id, hadolint compat id or an alias); the others carry the reason. test/unit/compat.test.ts
// keeps this list and the registry in step, and `npm run docs` writes it to docs/rules/compat-hadolint.md.

export interface PeerRule {
  id: string;
  /** What the peer's rule reports, in a few words. */
  title: string;
  /** Why Slipway has no rule answering to this id; absent when one does. */
  notImplemented?: string;
}

export const HADOLINT_RULES: PeerRule[] = [
  { id: 'DL1001', title: 'Please refrain from using inline ignore pragmas' },
  { id: 'DL3000', title: 'Use absolute WORKDIR' },
  { id: 'DL3001', title: 'Commands that make no sense in a container (ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig)' },
  { id: 'DL3002', title: 'Last user should not be root' },
  { id: 'DL3003', title: 'Use WORKDIR to switch to a directory' },
  { id: 'DL3004', title: 'Do not use sudo' },
  {
    id: 'DL3005',
    title: 'Do not use apt-get dist-upgrade',
    notImplemented:
      'removed from hadolint in 2023 (pull request #964): issue #562 showed that installing security updates belongs in most ' +
      'images (Docker\'s best-practices guide and OWASP had dropped the advice against it), so hadolint first let ' +
      '`apt-get upgrade` through (#596, 2021) and then deleted the rule',
  },
  { id: 'DL3006', title: 'Always tag the version of an image explicitly' },
  { id: 'DL3007', title: 'Using latest is prone to errors' },
  { id: 'DL3008', title: 'Pin versions in apt-get install' },
  { id: 'DL3009', title: 'Delete the apt-get lists after installing something' },
  { id: 'DL3010', title: 'Use ADD for extracting archives into an image' },
  { id: 'DL3011', title: 'Valid UNIX ports range from 0 to 65535' },
  { id: 'DL3012', title: 'Multiple HEALTHCHECK instructions' },
  { id: 'DL3013', title: 'Pin versions in pip' },
  { id: 'DL3014', title: 'Use the -y switch (apt-get install)' },
  { id: 'DL3015', title: 'Avoid additional packages by specifying --no-install-recommends' },
  { id: 'DL3016', title: 'Pin versions in npm' },
  {
    id: 'DL3017',
    title: 'Do not use apk upgrade',
    notImplemented:
      'removed from hadolint in v2.7.0 (pull request #677, 2021, with DL3031 and DL3039): upgrading the packages of the ' +
      'base image brings in security updates, so hadolint no longer advises against it (issue #562)',
  },
  { id: 'DL3018', title: 'Pin versions in apk add' },
  { id: 'DL3019', title: 'Use the --no-cache switch with apk add' },
  { id: 'DL3020', title: 'Use COPY instead of ADD for files and folders' },
  { id: 'DL3021', title: 'COPY with more than 2 arguments requires the last argument to end with /' },
  { id: 'DL3022', title: 'COPY --from should reference a previously defined FROM alias' },
  { id: 'DL3023', title: 'COPY --from cannot reference its own FROM alias' },
  { id: 'DL3024', title: 'FROM aliases (stage names) must be unique' },
  { id: 'DL3025', title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments' },
  { id: 'DL3026', title: 'Use only an allowed registry in the FROM image' },
  { id: 'DL3027', title: 'Do not use apt, use apt-get or apt-cache' },
  { id: 'DL3028', title: 'Pin versions in gem install' },
  { id: 'DL3029', title: 'Do not use --platform flag with FROM' },
  { id: 'DL3030', title: 'Use the -y switch with yum install' },
  {
    id: 'DL3031',
    title: 'Do not use yum update',
    notImplemented: 'removed from hadolint in v2.7.0 (pull request #677, 2021), for the reason given at DL3017',
  },
  { id: 'DL3032', title: 'yum clean all missing after yum command' },
  { id: 'DL3033', title: 'Specify version with yum install -y <package>-<version>' },
  { id: 'DL3034', title: 'Non-interactive switch missing from zypper command' },
  { id: 'DL3035', title: 'Do not use zypper dist-upgrade' },
  { id: 'DL3036', title: 'zypper clean missing after zypper use' },
  { id: 'DL3037', title: 'Specify version with zypper install -y <package>[=]<version>' },
  { id: 'DL3038', title: 'Use the -y switch with dnf install' },
  {
    id: 'DL3039',
    title: 'Do not use dnf update',
    notImplemented: 'removed from hadolint in v2.7.0 (pull request #677, 2021), for the reason given at DL3017',
  },
  { id: 'DL3040', title: 'dnf clean all missing after dnf command' },
  { id: 'DL3041', title: 'Specify version with dnf install -y <package>-<version>' },
  { id: 'DL3042', title: 'Avoid cache directory with pip install --no-cache-dir' },
  { id: 'DL3043', title: 'ONBUILD, FROM or MAINTAINER triggered from within ONBUILD' },
  { id: 'DL3044', title: 'Do not refer to an environment variable within the same ENV statement where it is defined' },
  { id: 'DL3045', title: 'COPY to a relative destination without WORKDIR set' },
  { id: 'DL3046', title: 'useradd without flag -l and high UID will result in excessively large image' },
  { id: 'DL3047', title: 'wget without flag --progress will bloat build logs' },
  { id: 'DL3048', title: 'Invalid label key' },
  { id: 'DL3049', title: 'Label is missing (label-schema)' },
  { id: 'DL3050', title: 'Superfluous label(s) present (strict-labels)' },
  { id: 'DL3051', title: 'Label is empty' },
  { id: 'DL3052', title: 'Label is not a valid URL' },
  { id: 'DL3053', title: 'Label is not a valid RFC 3339 time' },
  { id: 'DL3054', title: 'Label is not a valid SPDX license identifier' },
  { id: 'DL3055', title: 'Label is not a valid git hash' },
  { id: 'DL3056', title: 'Label does not conform to semantic versioning' },
  { id: 'DL3057', title: 'HEALTHCHECK instruction missing' },
  { id: 'DL3058', title: 'Label is not a valid RFC 5322 email' },
  { id: 'DL3059', title: 'Multiple consecutive RUN instructions' },
  { id: 'DL3060', title: 'yarn cache clean missing after yarn install' },
  { id: 'DL3061', title: 'Invalid instruction order: a Dockerfile must begin with FROM, ARG or a comment' },
  { id: 'DL3062', title: 'Pin versions in go install' },
  { id: 'DL3063', title: 'Stage name should not be a reserved word' },
  { id: 'DL3064', title: 'Secrets should not be passed in ARG or ENV' },
  { id: 'DL3065', title: 'FROM --platform=$TARGETPLATFORM is redundant' },
  { id: 'DL3066', title: 'USER should use a numeric id' },
  { id: 'DL3067', title: 'Do not copy the whole filesystem of another stage' },
  // DL3068-DL3077: BuildKit cache mount suggestions (hadolint pull request #1249). DL3068 is also the id of a
  // "pin versions in pecl" rule in another hadolint pull request (#1069); Slipway follows the cache mount one.
  { id: 'DL3068', title: 'Use a BuildKit cache mount for npm' },
  { id: 'DL3069', title: 'Use BuildKit cache mounts for cargo' },
  { id: 'DL3070', title: 'Use BuildKit cache mounts for Go' },
  { id: 'DL3071', title: 'Use a BuildKit cache mount for Maven' },
  { id: 'DL3072', title: 'Use a BuildKit cache mount for Gradle' },
  { id: 'DL3073', title: 'Use a BuildKit cache mount for Composer' },
  { id: 'DL3074', title: 'Use a BuildKit cache mount for NuGet' },
  { id: 'DL3075', title: 'Use a BuildKit cache mount for pnpm' },
  { id: 'DL3076', title: 'Use BuildKit cache mounts for Mix/Hex' },
  { id: 'DL3077', title: 'Use a BuildKit cache mount for gem/bundler' },
  { id: 'DL4000', title: 'MAINTAINER is deprecated' },
  { id: 'DL4001', title: 'Either use wget or curl but not both' },
  { id: 'DL4003', title: 'Multiple CMD instructions found' },
  { id: 'DL4004', title: 'Multiple ENTRYPOINT instructions found' },
  { id: 'DL4005', title: 'Use SHELL to change the default shell' },
  { id: 'DL4006', title: 'Set the SHELL option -o pipefail before RUN with a pipe in it' },
  { id: 'DL4007', title: "COPY with '.' as source can leak sensitive files into the image" },
];
