package io.github.zwgk.annualreport.repo.behaviour;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.dictionary.ClassDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ProtectedPropertiesBehaviourTest
{
    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report");

    @Mock NodeService nodeService;
    @Mock DictionaryService dictionaryService;

    private ProtectedPropertiesBehaviour behaviour;

    @BeforeEach
    void setUp()
    {
        behaviour = new ProtectedPropertiesBehaviour();
        behaviour.setNodeService(nodeService);
        behaviour.setDictionaryService(dictionaryService);
        declare(AnnualReportModel.PROP_VALIDATION_STATUS, AnnualReportModel.ASPECT_VALIDATION);
        declare(AnnualReportModel.PROP_AGENCY_NAME, AnnualReportModel.ASPECT_AGENCY);
    }

    private void declare(QName prop, QName container)
    {
        ClassDefinition aspect = mock(ClassDefinition.class);
        when(aspect.getName()).thenReturn(container);
        PropertyDefinition def = mock(PropertyDefinition.class);
        when(def.getContainerClass()).thenReturn(aspect);
        when(dictionaryService.getProperty(prop)).thenReturn(def);
    }

    private static Map<QName, Serializable> props(QName prop, Serializable value)
    {
        Map<QName, Serializable> m = new HashMap<>();
        m.put(ContentModel.PROP_NAME, "report.docx");
        m.put(prop, value);
        return m;
    }

    @Test
    void userCannotSetTheValidationStatus()
    {
        assertThatThrownBy(() -> AuthenticationUtil.runAs(() -> {
            behaviour.onUpdateProperties(report, props(AnnualReportModel.PROP_VALIDATION_STATUS, "INVALID"),
                    props(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID"));
            return null;
        }, "clerk")).isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:validationStatus");
    }

    @Test
    void systemMayWriteTheValidationStatus()
    {
        assertThatCode(() -> AuthenticationUtil.runAsSystem(() -> {
            behaviour.onUpdateProperties(report, props(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING"),
                    props(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID"));
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void userMayCorrectTheAgencyName()
    {
        assertThatCode(() -> AuthenticationUtil.runAs(() -> {
            behaviour.onUpdateProperties(report, props(AnnualReportModel.PROP_AGENCY_NAME, "息县关店乡"),
                    props(AnnualReportModel.PROP_AGENCY_NAME, "息县关店乡人民政府"));
            return null;
        }, "clerk")).doesNotThrowAnyException();
    }

    @Test
    void checkInMayCarryTheWorkingCopysValidationAlongWithNewContent()
    {
        Map<QName, Serializable> before = props(AnnualReportModel.PROP_VALIDATION_STATUS, "INVALID");
        before.put(ContentModel.PROP_CONTENT, "contentUrl=store://2023/1/1/a.bin|mimetype=text/plain|size=10");
        Map<QName, Serializable> after = props(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID");
        after.put(ContentModel.PROP_CONTENT, "contentUrl=store://2023/1/2/b.bin|mimetype=text/plain|size=12");

        assertThatCode(() -> AuthenticationUtil.runAs(() -> {
            behaviour.onUpdateProperties(report, before, after);
            return null;
        }, "clerk")).doesNotThrowAnyException();
    }
}
