// Every operation of every ServiceMap resolves to what the call needs: non-empty `permissions`,
// `noPermission` or `sameAs`. The exceptions are listed exactly below, each group saying why; the
// runtime reports these calls as unknown rather than as needing nothing. An entry that becomes mapped
// (an override, a data refresh) fails the test until it is removed, so the list cannot rot.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OperationMap, ServiceMap } from '../../src/maps/format.js';

const servicesDir = path.resolve(import.meta.dirname, '../../action-maps/services');

const unmappedOnPurpose = new Set<string>([
  // AWS IoT Things Graph was discontinued (end of support 2022-08-30): neither the Service Reference
  // nor iam-data has an iotthingsgraph prefix any more.
  'iotthingsgraph.CreateFlowTemplate',
  'iotthingsgraph.CreateSystemTemplate',
  'iotthingsgraph.DeleteFlowTemplate',
  'iotthingsgraph.DeleteNamespace',
  'iotthingsgraph.DeleteSystemInstance',
  'iotthingsgraph.DeleteSystemTemplate',
  'iotthingsgraph.DeploySystemInstance',
  'iotthingsgraph.DeprecateFlowTemplate',
  'iotthingsgraph.DeprecateSystemTemplate',
  'iotthingsgraph.DescribeNamespace',
  'iotthingsgraph.GetEntities',
  'iotthingsgraph.GetFlowTemplate',
  'iotthingsgraph.GetFlowTemplateRevisions',
  'iotthingsgraph.GetNamespaceDeletionStatus',
  'iotthingsgraph.GetSystemInstance',
  'iotthingsgraph.GetSystemTemplate',
  'iotthingsgraph.GetSystemTemplateRevisions',
  'iotthingsgraph.GetUploadStatus',
  'iotthingsgraph.ListFlowExecutionMessages',
  'iotthingsgraph.ListTagsForResource',
  'iotthingsgraph.SearchEntities',
  'iotthingsgraph.SearchFlowExecutions',
  'iotthingsgraph.SearchFlowTemplates',
  'iotthingsgraph.SearchSystemInstances',
  'iotthingsgraph.SearchSystemTemplates',
  'iotthingsgraph.SearchThings',
  'iotthingsgraph.TagResource',
  'iotthingsgraph.UndeploySystemInstance',
  'iotthingsgraph.UntagResource',
  'iotthingsgraph.UpdateFlowTemplate',
  'iotthingsgraph.UpdateSystemTemplate',
  'iotthingsgraph.UploadEntityDefinitions',
  // CloudHSM Classic (the 2014-05-30 API: HAPGs, Luna clients, HSMs) is retired; the cloudhsm actions
  // AWS documents are CloudHSM v2's, and none is named for these calls.
  'cloudhsm.AddTagsToResource',
  'cloudhsm.CreateHapg',
  'cloudhsm.CreateLunaClient',
  'cloudhsm.DeleteHapg',
  'cloudhsm.DeleteLunaClient',
  'cloudhsm.DescribeHapg',
  'cloudhsm.DescribeHsm',
  'cloudhsm.DescribeLunaClient',
  'cloudhsm.GetConfig',
  'cloudhsm.ListAvailableZones',
  'cloudhsm.ListHapgs',
  'cloudhsm.ListHsms',
  'cloudhsm.ListLunaClients',
  'cloudhsm.ListTagsForResource',
  'cloudhsm.ModifyHapg',
  'cloudhsm.ModifyLunaClient',
  'cloudhsm.RemoveTagsFromResource',
  // Amazon Inspector's original 2015 API (applications, assessments, runs) that client-inspector still
  // models; Inspector Classic's actions (CreateAssessmentTarget, StartAssessmentRun, ...) do not cover it.
  'inspector.AttachAssessmentAndRulesPackage',
  'inspector.CreateApplication',
  'inspector.CreateAssessment',
  'inspector.DeleteApplication',
  'inspector.DeleteAssessment',
  'inspector.DeleteRun',
  'inspector.DescribeApplication',
  'inspector.DescribeAssessment',
  'inspector.DescribeFinding',
  'inspector.DescribeResourceGroup',
  'inspector.DescribeRulesPackage',
  'inspector.DescribeRun',
  'inspector.DetachAssessmentAndRulesPackage',
  'inspector.GetAssessmentTelemetry',
  'inspector.ListApplications',
  'inspector.ListAssessmentAgents',
  'inspector.ListAssessments',
  'inspector.ListAttachedAssessments',
  'inspector.ListAttachedRulesPackages',
  'inspector.ListRuns',
  'inspector.LocalizeText',
  'inspector.PreviewAgentsForResourceGroup',
  'inspector.RunAssessment',
  'inspector.StartDataCollection',
  'inspector.StopDataCollection',
  'inspector.UpdateApplication',
  'inspector.UpdateAssessment',
  // Lambda's retired 2014-11-13 API (event sources, UploadFunction); no lambda action is named for it.
  'lambda.GetEventSource',
  'lambda.ListEventSources',
  'lambda.RemoveEventSource',
  'lambda.UploadFunction',
  // Amazon RDS on VMware (custom Availability Zones, installation media) was discontinued; its actions
  // are gone from the Service Authorization Reference.
  'rds.CreateCustomAvailabilityZone',
  'rds.DeleteCustomAvailabilityZone',
  'rds.DeleteInstallationMedia',
  'rds.DescribeCustomAvailabilityZones',
  'rds.DescribeInstallationMedia',
  'rds.ImportInstallationMedia',
  // CloudSearch's 2011-02-01 configuration API (rank expressions, stemming/stopword/synonym options,
  // default search field); the cloudsearch actions cover the 2013-01-01 API only.
  'cloudsearch.DefineRankExpression',
  'cloudsearch.DeleteRankExpression',
  'cloudsearch.DescribeDefaultSearchField',
  'cloudsearch.DescribeRankExpressions',
  'cloudsearch.DescribeStemmingOptions',
  'cloudsearch.DescribeStopwordOptions',
  'cloudsearch.DescribeSynonymOptions',
  'cloudsearch.UpdateDefaultSearchField',
  'cloudsearch.UpdateStemmingOptions',
  'cloudsearch.UpdateStopwordOptions',
  'cloudsearch.UpdateSynonymOptions',
  // Deprecated in favour of DetectEntitiesV2; comprehendmedical:DetectEntities is no longer documented.
  'comprehendmedical.DetectEntities',
  // Newer than both catalogs: the Service Reference (2026-08-22) lists the operation with no
  // AuthorizedActions and neither it nor iam-data (2026-09-26) has an action for it yet. A data refresh
  // that maps one makes this test fail: drop the entry (or add an override if the action is not the
  // operation's name).
  'appstream.DrainSessionInstance',
  'bedrock-agentcore.InvokeBrowser',
  'cloudfront.DeleteServiceLinkedRole',
  'cloudfront.ListDistributionsByOwnedResource',
  'cloudwatch.AssociateDatasetKmsKey',
  'cloudwatch.DescribeAlarmContributors',
  'cloudwatch.DisassociateDatasetKmsKey',
  'cloudwatch-logs.GetLogObject',
  'connect.AssociateHoursOfOperations',
  'connect.CreateAuthCode',
  'connect.DeleteContactData',
  'connect.DeleteSession',
  'connect.DeleteTestCase',
  'connect.DescribeTestCase',
  'connect.DisassociateHoursOfOperations',
  'connect.GetTestCaseExecutionSummary',
  'connect.ListChildHoursOfOperations',
  'connect.ListTestCaseExecutionRecords',
  'connect.ListTestCaseExecutions',
  'connect.ListTestCases',
  'connect.SearchTestCases',
  'connect.StartAssistantContact',
  'connect.StartTestCaseExecution',
  'connect.StopTestCaseExecution',
  'connect.UpdateContactTaskTemplate',
  'connect.UpdateTestCase',
  'customer-profiles.BatchPutProfileObject',
  'datazone.UpdateRootDomainUnitOwner',
  'elementalinference.SearchFixtures',
  'emr-containers.UpdateVirtualCluster',
  'geo-maps.GetGlyphs',
  'geo-maps.GetSprites',
  'geo-maps.GetStyleDescriptor',
  'glue.AssociateGlossaryTerms',
  'glue.BatchGetDataQualityRulesetEvaluationRun',
  'glue.BatchGetIterableForms',
  'glue.CreateGlossary',
  'glue.CreateGlossaryTerm',
  'glue.DeleteAsset',
  'glue.DeleteAssetType',
  'glue.DeleteAttachment',
  'glue.DeleteFormType',
  'glue.DeleteGlossary',
  'glue.DeleteGlossaryTerm',
  'glue.DisassociateGlossaryTerms',
  'glue.GetAsset',
  'glue.GetAssetType',
  'glue.GetDataCatalogExportConfiguration',
  'glue.GetFormType',
  'glue.GetGlossary',
  'glue.GetGlossaryTerm',
  'glue.GetMaterializedViewRefreshTaskRun',
  'glue.ListAssetTypes',
  'glue.ListFormTypes',
  'glue.ListGlossaries',
  'glue.ListGlossaryTerms',
  'glue.ListIterableForms',
  'glue.ListMaterializedViewRefreshTaskRuns',
  'glue.PutAsset',
  'glue.PutAssetType',
  'glue.PutAttachment',
  'glue.PutDataCatalogExportConfiguration',
  'glue.PutFormType',
  'glue.SearchAssets',
  'glue.StartMaterializedViewRefreshTaskRun',
  'glue.StopMaterializedViewRefreshTaskRun',
  'glue.UpdateAsset',
  'glue.UpdateGlossary',
  'glue.UpdateGlossaryTerm',
  'iam.UpdateDelegationRequest',
  'lakeformation.AssumeDecoratedRoleWithSAML',
  'lex-models-v2.ListBotAnalyzerHistory',
  'mediaconnect.ListTagsForGlobalResource',
  'mediaconnect.TagGlobalResource',
  'mediaconnect.UntagGlobalResource',
  'mediaconvert.GetJobsQueryResults',
  'mediaconvert.StartJobsQuery',
  'mediatailor.DeleteFunction',
  'mediatailor.GetFunction',
  'mediatailor.ListFunctions',
  'network-firewall.UpdateProxySettings',
  'outposts.StartOutpostDecommission',
  'quicksight.SearchTopicsV2',
  'rds.DescribeServerlessV2PlatformVersions',
  'route53globalresolver.ListSharedDNSViews',
  'securityhub.RegisterConnectorV2',
  'socialmessaging.CreateWhatsAppDataset',
  'socialmessaging.SendWhatsAppConversionEvent',
  'wickr.UpdateNetwork',
]);

function resolves(op: OperationMap): boolean {
  return (op.permissions !== undefined && op.permissions.length > 0) || op.noPermission !== undefined || op.sameAs !== undefined;
}

function unmapped(): string[] {
  const result: string[] = [];
  for (const file of readdirSync(servicesDir).filter((f) => f.endsWith('.json')).sort()) {
    const map = JSON.parse(readFileSync(path.join(servicesDir, file), 'utf8')) as ServiceMap;
    for (const [name, op] of Object.entries(map.operations)) if (!resolves(op)) result.push(`${map.client}.${name}`);
  }
  return result.sort();
}

describe('every operation is mapped', () => {
  const found = unmapped();

  it('maps every operation except the listed ones', () => {
    expect(found.filter((key) => !unmappedOnPurpose.has(key))).toEqual([]);
  });

  it('lists no operation that is mapped (or gone)', () => {
    const now = new Set(found);
    expect([...unmappedOnPurpose].filter((key) => !now.has(key)).sort()).toEqual([]);
  });
});
