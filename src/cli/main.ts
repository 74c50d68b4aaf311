import yargs, { type Argv } from 'yargs';
import { loadMapIndex } from '../maps/load-maps.js';
import { actionsCommand } from './actions-command.js';
import { suggestCommand } from './suggest-command.js';
import { processIo, type CliIo } from './cli-io.js';
import { toolVersion } from '../tool-version.js';
import { UsageError } from '../errors.js';

type CommandRegistration = (io: CliIo, setExitCode: (code: number) => void) => (yargs: Argv) => Argv;

const commands: CommandRegistration[] = [suggestCommand, actionsCommand];

/** Runs the CLI with the given arguments and returns the process exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (argv.length === 1 && argv[0] === '--version') {
    io.stdout(`iamgen ${toolVersion()} (IAM data of ${loadMapIndex().dataVersion})\n`);
    return 0;
  }
  let exitCode = 0;
  const setExitCode = (code: number) => (exitCode = code);
  try {
    let cli: Argv = yargs(argv)
      .scriptName('iamgen')
      .usage('$0 <command> [options]\n\nLeast-privilege AWS IAM policies from the code of serverless functions.')
      .version(false)
      .option('version', { type: 'boolean', describe: 'Show the version of iamgen and of its IAM data' })
      .strict()
      .demandCommand(1, 'name a command: suggest (the policy a function needs) or actions (what one SDK call needs)')
      .recommendCommands()
      .help()
      .wrap(Math.min(100, process.stdout.columns ?? 100))
      .exitProcess(false)
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      });
    for (const register of commands) cli = register(io, setExitCode)(cli);
    await cli.parseAsync(argv, {}, (error, _args, output) => {
      if (output && !error) io.stdout(output.endsWith('\n') ? output : output + '\n');
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`iamgen: ${error.message}\nRun "iamgen --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
  return exitCode;
}
