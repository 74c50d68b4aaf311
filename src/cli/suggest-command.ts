import type { Argv } from 'yargs';
import type { Finding, SuggestResult } from '../model.js';
import { renderExplain, renderers } from '../report/index.js';
import { withCallContextOptions } from './call-context-options.js';
import type { CliIo } from './cli-io.js';
import { parseEnvFlags } from './env-option.js';
import path from 'node:path';

export function suggestCommand(io: CliIo, setExitCode: (code: number) => void) {
  return (yargs: Argv) =>
    yargs.command(
      'suggest <paths..>',
      'The least-privilege policy a function\'s code needs',
      (y) =>
        withCallContextOptions(y)
          .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'a function (its entry file, or its folder: package.json "main", else index/handler/app.*), or a project root whose IaC (template.yaml, serverless.yml, cdk.json, *.tf) declares the functions' })
          .option('env', { type: 'string', array: true, describe: 'an environment variable of the function, KEY=VALUE (repeatable); wins over `?? "fallback"` in the code' })
          .option('template', { type: 'string', describe: 'project mode: the IaC to read (template.yaml, serverless.yml, cdk.json, a Terraform folder) instead of looking for one in the path' })
          .option('parameter', { type: 'string', array: true, describe: 'project mode: a template parameter, serverless ${param:}, Terraform variable or CDK context value, KEY=VALUE (repeatable)' })
          .option('stage', { type: 'string', describe: 'project mode: the serverless stage or Terraform workspace' })
          .option('stack-name', { type: 'string', describe: 'project mode: the CloudFormation stack name (narrows generated resource names)' })
          .option('format', {
            choices: Object.keys(renderers) as Array<keyof typeof renderers>,
            default: 'json' as const,
            describe: 'json: the policy document (several functions: {"functions":[...]}); yaml: the same; markdown: a PR comment; text: for a terminal, with the diff against the IaC; sam, cloudformation, serverless, cdk, terraform: ready to paste into that IaC',
          })
          .option('explain', { type: 'boolean', default: false, describe: 'say for every permission which calls (file:line) need it and why, on stderr; json/yaml print the whole result' })
          .option('quiet', { type: 'boolean', default: false, describe: 'no warnings on stderr' })
          .example('$0 suggest samples/image-thumbnailer/src/handler.ts --account 123456789012 --region us-east-1', 'the policy of one function')
          .example('$0 suggest functions/* --env TABLE_NAME=orders --format markdown', 'several functions, as a PR comment')
          .example('$0 suggest ./handler.ts --explain', 'why each permission is there')
          .example('$0 suggest . --format sam', 'every function of a SAM/CloudFormation, serverless, CDK or Terraform project, as SAM Policies, with what the template grants today compared'),
      async (args) => {
        const env = parseEnvFlags(args.env);
        if (io.isTty) io.stderr(`iamgen: analysing ${args.paths.length} function${args.paths.length === 1 ? '' : 's'}...\n`);
        // Loaded here, not at start-up: the analyzer pulls in TypeScript, which `iamgen actions` never needs.
        const { runSuggest } = await import('../run-suggest.js');
        const result = await runSuggest(args.paths, {
          env,
          account: args.account,
          region: args.region,
          partition: args.partition,
          fallback: { region: process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION, account: process.env.AWS_ACCOUNT_ID },
          template: args.template,
          parameters: parseEnvFlags(args.parameter, '--parameter'),
          stage: args.stage,
          stackName: args.stackName,
        });
        io.stdout(renderers[args.format](result, { explain: args.explain }));
        if (args.explain) io.stderr(renderExplain(result));
        else if (!args.quiet) io.stderr(warningLines(result));
        setExitCode(0);
      },
    );
}

/** Warnings and errors as `file:line:column: severity: message`, the shape editors and CI annotate. */
function warningLines(result: SuggestResult): string {
  const findings: Finding[] = [...result.findings, ...result.functions.flatMap((fn) => fn.findings)];
  const seen = new Set<string>();
  let text = '';
  for (const finding of findings) {
    const where = finding.at ? `${path.relative(process.cwd(), finding.at.file) || finding.at.file}:${finding.at.line}:${finding.at.column}: ` : 'iamgen: ';
    const line = `${where}${finding.severity}: ${finding.message}\n`;
    if (!seen.has(line)) text += line;
    seen.add(line);
  }
  return text;
}
