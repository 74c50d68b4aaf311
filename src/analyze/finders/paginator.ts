import type { Finder } from './finder.js';
import { awsExportCalled, clientOption, isClientPackage, operationOf } from './finder.js';
import { clientIdFor } from '../service-names.js';

/** v3 paginators: `paginateQuery({ client }, input)` sends Query for every page. */
export const paginator: Finder = {
  name: 'paginator',
  find(node, ctx) {
    const called = awsExportCalled(ctx, node, isClientPackage);
    if (!called || !/^paginate[A-Z]/.test(called.name)) return [];
    const service = clientIdFor(called.module);
    const spelled = called.name.slice('paginate'.length);
    const [config, input] = node.arguments ?? [];
    return [{ node, service, operation: operationOf(service, spelled), spelled, input: input && ctx.arg(input), client: clientOption(ctx, config) }];
  },
};
