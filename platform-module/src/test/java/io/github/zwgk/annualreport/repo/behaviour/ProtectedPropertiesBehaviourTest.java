package io.github.zwgk.annualreport.repo.behaviour;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.dictionary.ClassDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.repo.TestAuthentication;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * What only the system writes on a report (issue 12.1–12.3): every change by a user of a guarded property is refused,
 * whatever else the same call does (check-out, working copy, new content), the agency values included, and no new
 * content may arrive with a guarded value already set.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ProtectedPropertiesBehaviourTest
{
    private static final String CLERK = "huaxian.clerk";

    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report");
    private final NodeRef folder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "folder");
    private final NodeRef upload = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "upload");

    @Mock NodeService nodeService;
    @Mock DictionaryService dictionaryService;

    private ProtectedPropertiesBehaviour behaviour;

    @BeforeEach
    void setUp()
    {
        behaviour = new ProtectedPropertiesBehaviour();
        behaviour.setNodeService(nodeService);
        behaviour.setDictionaryService(dictionaryService);
        declare(AnnualReportModel.PROP_VALIDATION_STATUS, AnnualReportModel.ASPECT_VALIDATION, null);
        declare(AnnualReportModel.PROP_ERROR_COUNT, AnnualReportModel.ASPECT_VALIDATION, "0");
        declare(AnnualReportModel.PROP_REPORT_YEAR, AnnualReportModel.ASPECT_REPORT_IDENTITY, null);
        declare(AnnualReportModel.PROP_APPLICATIONS_NEW, AnnualReportModel.ASPECT_REPORT_FIGURES, null);
        declare(AnnualReportModel.PROP_REVIEW_STATE, AnnualReportModel.ASPECT_REVIEW, null);
        declare(AnnualReportModel.PROP_REVIEWER, AnnualReportModel.ASPECT_REVIEW, null);
        declare(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, AnnualReportModel.ASPECT_REVIEW, null);
        declare(AnnualReportModel.PROP_AGENCY_NAME, AnnualReportModel.ASPECT_AGENCY, null);
        declare(AnnualReportModel.PROP_AGENCY_GROUP, AnnualReportModel.ASPECT_AGENCY, null);
        when(nodeService.exists(upload)).thenReturn(true);
    }

    @AfterEach
    void tearDown()
    {
        TestAuthentication.clear();
    }

    private void declare(QName prop, QName container, String defaultValue)
    {
        ClassDefinition aspect = mock(ClassDefinition.class);
        when(aspect.getName()).thenReturn(container);
        PropertyDefinition def = mock(PropertyDefinition.class);
        when(def.getContainerClass()).thenReturn(aspect);
        when(def.getDefaultValue()).thenReturn(defaultValue);
        when(dictionaryService.getProperty(prop)).thenReturn(def);
    }

    private static Map<QName, Serializable> props(QName prop, Serializable value)
    {
        Map<QName, Serializable> m = new HashMap<>();
        m.put(ContentModel.PROP_NAME, "report.docx");
        m.put(ContentModel.PROP_CONTENT, new ContentData("store://2026/1/19/a.bin", "text/plain", 10, "UTF-8"));
        m.put(prop, value);
        return m;
    }

    private void update(String user, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        TestAuthentication.as(user, () -> behaviour.onUpdateProperties(report, before, after));
    }

    private void create(String user, Map<QName, Serializable> properties)
    {
        when(nodeService.getProperties(upload)).thenReturn(properties);
        TestAuthentication.as(user, () -> behaviour.onCreateNode(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, folder, ContentModel.ASSOC_CONTAINS, upload)));
    }

    // ---------------------------------------------------------------- changes of an existing report

    @Test
    void aUserCannotSetTheValidationStatus()
    {
        assertThatThrownBy(() -> update(CLERK, props(AnnualReportModel.PROP_VALIDATION_STATUS, "INVALID"),
                props(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:validationStatus").hasMessageContaining(CLERK);
    }

    @Test
    void aUserCannotSetTheReviewStateOfACheckedOutReport()
    {
        when(nodeService.hasAspect(report, ContentModel.ASPECT_CHECKED_OUT)).thenReturn(true);

        assertThatThrownBy(() -> update(CLERK, props(AnnualReportModel.PROP_REVIEW_STATE, "RETURNED"),
                props(AnnualReportModel.PROP_REVIEW_STATE, "APPROVED")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:reviewState");
    }

    @Test
    void aUserCannotSetTheValidationStatusOfAWorkingCopy()
    {
        // the working copy's values would be copied onto the report at check-in
        when(nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY)).thenReturn(true);

        assertThatThrownBy(() -> update(CLERK, props(AnnualReportModel.PROP_VALIDATION_STATUS, "INVALID"),
                props(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:validationStatus");
    }

    @Test
    void newContentInTheSameCallDoesNotCarryAGuardedChange()
    {
        // a check-in with new content copying the working copy's forged status and reviewer
        Map<QName, Serializable> before = props(AnnualReportModel.PROP_VALIDATION_STATUS, "INVALID");
        Map<QName, Serializable> after = props(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID");
        after.put(AnnualReportModel.PROP_REVIEWER, "reviewer1");
        after.put(ContentModel.PROP_CONTENT, new ContentData("store://2026/1/20/b.bin", "text/plain", 12, "UTF-8"));

        assertThatThrownBy(() -> update(CLERK, before, after)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUsersFirstPropertiesOfAReportCarryNoGuardedValue()
    {
        assertThatThrownBy(() -> update(CLERK, new HashMap<>(), props(AnnualReportModel.PROP_APPLICATIONS_NEW, 12)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:applicationsNew");
    }

    @Test
    void aUserCannotChangeTheAgencyOfAReport()
    {
        assertThatThrownBy(() -> update(CLERK, props(AnnualReportModel.PROP_AGENCY_NAME, "息县关店乡人民政府"),
                props(AnnualReportModel.PROP_AGENCY_NAME, "滑县人民政府办公室")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:agencyName");
        assertThatThrownBy(() -> update(CLERK, props(AnnualReportModel.PROP_AGENCY_GROUP, "GROUP_AR_AGENCY_GUANDIAN"),
                props(AnnualReportModel.PROP_AGENCY_GROUP, "GROUP_AR_AGENCY_HUAXIAN")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:agencyGroup");
    }

    @Test
    void aUserCannotRemoveAGuardedValue()
    {
        Map<QName, Serializable> before = props(AnnualReportModel.PROP_REPORT_YEAR, 2022);
        Map<QName, Serializable> after = new HashMap<>(before);
        after.remove(AnnualReportModel.PROP_REPORT_YEAR);

        assertThatThrownBy(() -> update(CLERK, before, after)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUserMayChangeTheOrdinaryPropertiesOfAReportAndItsContent()
    {
        Map<QName, Serializable> before = props(AnnualReportModel.PROP_VALIDATION_STATUS, "INVALID");
        Map<QName, Serializable> after = props(AnnualReportModel.PROP_VALIDATION_STATUS, "INVALID");
        after.put(ContentModel.PROP_TITLE, "2022年度报告（修订）");
        after.put(ContentModel.PROP_CONTENT, new ContentData("store://2026/1/20/b.bin", "text/plain", 12, "UTF-8"));

        assertThatCode(() -> update(CLERK, before, after)).doesNotThrowAnyException();
    }

    @Test
    void theSystemMayWriteEveryGuardedProperty()
    {
        Map<QName, Serializable> after = props(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID");
        after.put(AnnualReportModel.PROP_AGENCY_NAME, "滑县人民政府办公室");
        after.put(AnnualReportModel.PROP_REVIEW_STATE, "APPROVED");

        assertThatCode(() -> update(AuthenticationUtil.getSystemUserName(),
                props(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING"), after)).doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------- creation

    @Test
    void newContentCannotArriveWithAWorkflowPointer()
    {
        // issue 12.2: a junk file pointing at another agency's review process
        Map<QName, Serializable> p = props(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, "activiti$751");
        p.remove(ContentModel.PROP_CONTENT);

        assertThatThrownBy(() -> create(CLERK, p)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("ar:workflowInstanceId");
    }

    @Test
    void newContentCannotArriveWithAValidationStatus()
    {
        assertThatThrownBy(() -> create(CLERK, props(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:validationStatus");
    }

    @Test
    void newContentMayCarryTheModelsDefaultsAndOrdinaryProperties()
    {
        // what the node service itself sets when a mandatory aspect is added
        Map<QName, Serializable> p = props(AnnualReportModel.PROP_ERROR_COUNT, 0);
        p.put(AnnualReportModel.PROP_VALIDATION_STATUS, null);
        p.put(ContentModel.PROP_TITLE, "年度报告");

        assertThatCode(() -> create(CLERK, p)).doesNotThrowAnyException();
    }

    @Test
    void aValueOtherThanTheDefaultIsRefusedAtCreation()
    {
        assertThatThrownBy(() -> create(CLERK, props(AnnualReportModel.PROP_ERROR_COUNT, 3)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:errorCount");
    }

    @Test
    void theSystemMayCreateContentWithGuardedValues()
    {
        Map<QName, Serializable> p = props(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING");
        p.put(AnnualReportModel.PROP_AGENCY_NAME, "滑县人民政府办公室");

        assertThatCode(() -> create(AuthenticationUtil.getSystemUserName(), p)).doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------- the system aspects on other nodes

    private void addAspect(String user, NodeRef node, QName type, QName aspect)
    {
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getType(node)).thenReturn(type);
        when(dictionaryService.isSubClass(type, AnnualReportModel.TYPE_ANNUAL_REPORT))
                .thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT.equals(type));
        TestAuthentication.as(user, () -> behaviour.onAddAspect(node, aspect));
    }

    @Test
    void aUserCannotDecorateAPlainDocumentWithTheValidationAspects()
    {
        // a document in a site given ar:validationStatus=VALID would show Share's 校验通过 indicator
        NodeRef plain = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "plain");
        for (QName aspect : List.of(AnnualReportModel.ASPECT_VALIDATION, AnnualReportModel.ASPECT_REPORT_FIGURES,
                AnnualReportModel.ASPECT_REPORT_IDENTITY, AnnualReportModel.ASPECT_REVIEW))
        {
            assertThatThrownBy(() -> addAspect(CLERK, plain, ContentModel.TYPE_CONTENT, aspect))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:" + aspect.getLocalName())
                    .hasMessageContaining(CLERK);
        }
    }

    @Test
    void onlyTheSystemPutsTheReviewAspectOnAReport()
    {
        assertThatThrownBy(() -> addAspect(CLERK, report, AnnualReportModel.TYPE_ANNUAL_REPORT, AnnualReportModel.ASPECT_REVIEW))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:review");
        assertThatCode(() -> addAspect(AuthenticationUtil.getSystemUserName(), report, AnnualReportModel.TYPE_ANNUAL_REPORT,
                AnnualReportModel.ASPECT_REVIEW)).doesNotThrowAnyException();
    }

    @Test
    void aReportHasItsAnalysisAspectsFromItsTypeWhoeverCreatesIt()
    {
        // created with an explicit ar:annualReport (CMIS objectTypeId): the node service adds the mandatory aspects
        assertThatCode(() -> addAspect(CLERK, report, AnnualReportModel.TYPE_ANNUAL_REPORT, AnnualReportModel.ASPECT_VALIDATION))
                .doesNotThrowAnyException();
    }

    @Test
    void theSystemMayDecorateAnyNode()
    {
        NodeRef plain = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "plain");
        assertThatCode(() -> addAspect(AuthenticationUtil.getSystemUserName(), plain, ContentModel.TYPE_CONTENT,
                AnnualReportModel.ASPECT_VALIDATION)).doesNotThrowAnyException();
    }

    @Test
    void theGuardsAreBoundToTheReportTypeAndToEverySystemAspect()
    {
        PolicyComponent policies = mock(PolicyComponent.class);
        behaviour.setPolicyComponent(policies);
        behaviour.init();

        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(AnnualReportModel.TYPE_ANNUAL_REPORT), any(Behaviour.class));
        for (QName aspect : ProtectedPropertiesBehaviour.SYSTEM_ASPECTS)
        {
            verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnAddAspectPolicy.QNAME), eq(aspect), any(Behaviour.class));
            verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME), eq(aspect),
                    any(Behaviour.class));
        }
        verify(policies, never()).bindClassBehaviour(eq(NodeServicePolicies.OnAddAspectPolicy.QNAME),
                eq(AnnualReportModel.ASPECT_AGENCY), any(Behaviour.class));
    }
}
