import { compareActions, compareLists, compareText, sortedUnique } from './sort-order.js';

/** One statement's worth of grants: every action in `actions` on every resource in `resources`. */
export interface Grant {
  actions: string[];
  resources: string[];
}

/**
 * Packs (action, resource) pairs into as few grants as possible without granting any pair that
 * was not asked for. Two exact packings are tried and the smaller one wins, ties going to the
 * first: actions that share exactly the same resource set, or resources that share exactly the
 * same action set. Both are exact: the cross product of each grant is a subset of the pairs.
 */
export function groupStatements(resourcesByAction: ReadonlyMap<string, ReadonlySet<string>>): Grant[] {
  const byResourceSet = packActionsByResourceSet(resourcesByAction);
  const byActionSet = packResourcesByActionSet(resourcesByAction);
  return byActionSet.length < byResourceSet.length ? byActionSet : byResourceSet;
}

function packActionsByResourceSet(resourcesByAction: ReadonlyMap<string, ReadonlySet<string>>): Grant[] {
  const grants = new Map<string, Grant>();
  for (const [action, resourceSet] of resourcesByAction) {
    const resources = sortedUnique(resourceSet);
    const key = JSON.stringify(resources);
    const grant = grants.get(key) ?? { actions: [], resources };
    grant.actions.push(action);
    grants.set(key, grant);
  }
  return sortGrants([...grants.values()]);
}

function packResourcesByActionSet(resourcesByAction: ReadonlyMap<string, ReadonlySet<string>>): Grant[] {
  const actionsByResource = new Map<string, string[]>();
  for (const [action, resourceSet] of resourcesByAction) {
    for (const resource of resourceSet) {
      const actions = actionsByResource.get(resource) ?? [];
      actions.push(action);
      actionsByResource.set(resource, actions);
    }
  }
  const grants = new Map<string, Grant>();
  for (const [resource, actionList] of actionsByResource) {
    const actions = sortedUnique(actionList, compareActions);
    const key = JSON.stringify(actions);
    const grant = grants.get(key) ?? { actions, resources: [] };
    grant.resources.push(resource);
    grants.set(key, grant);
  }
  return sortGrants([...grants.values()]);
}

/** Sorts inside each grant, then the grants by their first action and resources. */
function sortGrants(grants: Grant[]): Grant[] {
  const sorted = grants.map((grant) => ({
    actions: sortedUnique(grant.actions, compareActions),
    resources: sortedUnique(grant.resources, compareText),
  }));
  return sorted.sort(
    (a, b) =>
      compareLists(
        a.actions.map((action) => action.toLowerCase()),
        b.actions.map((action) => action.toLowerCase()),
      ) || compareLists(a.resources, b.resources),
  );
}
