import yargs from 'yargs';

/** Runs the CLI with the given arguments and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  await yargs(argv)
    .scriptName('iamgen')
    .usage('$0 <command> [options]\n\nLeast-privilege AWS IAM policies from the code of serverless functions.')
    .strict()
    .demandCommand(1, 'Name a command: see the list above.')
    .help()
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`iamgen: ${message}\n`);
      exitCode = 2;
    })
    .parseAsync();
  return exitCode;
}
