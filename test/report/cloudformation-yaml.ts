// Reads the YAML the sam and cloudformation reports write as CloudFormation would: the short-form
// tags become their long forms (as cfn-lint and the CLI read them). Shared by the report tests and
// test/samples.test.ts.

import { parseDocument, type Tags } from 'yaml';

// CloudFormation's short-form tags, read back as their long forms.
export const CFN_TAGS: Tags = [
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  { tag: '!Sub', resolve: (value: string) => ({ 'Fn::Sub': value }) },
  { tag: '!GetAtt', resolve: (value: string) => ({ 'Fn::GetAtt': value.split('.') }) },
];

/** The template as plain data; throws on a YAML error or on a tag other than those above. */
export function parseCloudFormationYaml(text: string): unknown {
  const document = parseDocument(text, { customTags: CFN_TAGS });
  const problems = [...document.errors, ...document.warnings];
  if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return document.toJS();
}
