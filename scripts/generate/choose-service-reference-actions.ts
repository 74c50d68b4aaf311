// Which of a Service Reference operation's AuthorizedActions a call needs. SR lists the union of
// every action the operation may be authorized as; sampled on 2026-08-22: of 18,666 operations, 1,988
// list the action named like the operation plus others of the same prefix — 1,562 of those others
// are tagging actions, 4 are "<Action>Version", the rest are real extra authorizations (GetWorkflow
// for BatchGetWorkflows, CreateClusterUser for GetClusterCredentials) and are kept.
import type { ConditionRule, Predicate } from '../../src/maps/format.js';
import type { SrOperation } from './read-service-reference.js';

export interface ActionChoice {
  prefix: string;
  name: string;
  when?: Predicate;
  conditions?: ConditionRule[];
  why?: string;
  /** iam:PassRole with iam:PassedToService: the caller binds the role parameter when it knows it. */
  passRole?: boolean;
}

export interface DroppedAction {
  action: string;
  why: string;
}

// Tag-on-create: the tagging action is authorized only when the request carries tags
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html#access_tags_control-tag-keys).
const taggingAction = /^(TagResource|AddTags|CreateTags|AddTagsTo\w+|Tag[A-Z]\w*|\w+Tagging)$/;
export const tagsPresent: Predicate = {
  any: ['Tags', 'tags', 'Tagging', 'TagSpecifications', 'TagList'].map((p) => ({ present: p })),
};

export function chooseServiceReferenceActions(
  op: SrOperation,
  ownPrefix: string,
): { chosen: ActionChoice[]; dropped: DroppedAction[] } {
  const chosen: ActionChoice[] = [];
  const dropped: DroppedAction[] = [];
  const listed = op.authorizedActions;
  const ownNames = new Set(listed.filter((a) => a.service === ownPrefix).map((a) => a.name));
  for (const a of listed) {
    const action = `${a.service}:${a.name}`;
    if (a.service === 's3-object-lambda') {
      // Only requests through an Object Lambda access point are authorized as s3-object-lambda:*
      // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-policies.html).
      dropped.push({ action, why: 'Object Lambda access points only' });
    } else if (a.name === 'CallWithBearerToken') {
      // Checked only when the caller authenticates with a Bedrock API key, not SigV4
      // (https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-permissions.html).
      dropped.push({ action, why: 'API-key authentication only' });
    } else if (a.service !== ownPrefix && !a.context && ownNames.has(a.name)) {
      // A renamed service's old prefix (codestar-connections / codeconnections, es / opensearch)
      // authorizes the same call; the client's own prefix is enough.
      dropped.push({ action, why: `same action under the client's prefix ${ownPrefix}` });
    } else if (a.context) {
      chosen.push({
        prefix: a.service,
        name: a.name,
        conditions: Object.keys(a.context)
          .sort()
          .map((key) => ({ key, value: a.context?.[key] ?? [] })),
        why: `${op.name} passes a role to the service`,
        passRole: a.service === 'iam' && a.name === 'PassRole',
      });
    } else if (a.name !== op.name && a.service === ownPrefix && taggingAction.test(a.name)) {
      chosen.push({ prefix: a.service, name: a.name, when: tagsPresent, why: 'the request carries tags' });
    } else if (a.service === ownPrefix && a.name !== op.name && a.name.endsWith('Version') && ownNames.has(a.name.slice(0, -7))) {
      // "<Action>Version" authorizes the call on a specific version
      // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html).
      chosen.push({ prefix: a.service, name: a.name, when: { present: 'VersionId' }, why: 'a VersionId is given' });
    } else {
      chosen.push({ prefix: a.service, name: a.name });
    }
  }
  // The action named like the operation first, then the others in SR's (alphabetical) order.
  chosen.sort((x, y) => rank(x, op.name, ownPrefix) - rank(y, op.name, ownPrefix));
  return { chosen, dropped };
}

function rank(choice: ActionChoice, opName: string, ownPrefix: string): number {
  if (choice.prefix === ownPrefix && choice.name === opName) return 0;
  return choice.prefix === ownPrefix ? 1 : 2;
}
