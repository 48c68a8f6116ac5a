package io.github.zwgk.annualreport.conformance.share;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the Share module's configuration (share-config-custom.xml and its Spring context) against the content
 * models, the message bundles, the module's own resources and the names Share 26.1 itself defines, and returns
 * every inconsistency as a readable sentence. Used on the real files and on deliberately broken copies.
 */
final class ShareConfigChecker
{
    /** Form pseudo-fields of Share's form service (not properties): node forms and workflow forms. */
    static final Set<String> PSEUDO_FIELDS = Set.of("mimetype", "size", "encoding", "packageItems", "transitions",
            "message", "taskOwner");

    /** Alfresco's own cm: properties the node forms may show (cm:content / cm:folder and their common aspects). */
    static final Set<String> ALFRESCO_CM_PROPERTIES = Set.of("cm:name", "cm:title", "cm:description", "cm:creator",
            "cm:created", "cm:modifier", "cm:modified", "cm:taggable", "cm:categories", "cm:author");

    /** Alfresco's own bpm: properties of bpm:startTask / bpm:workflowTask the workflow forms may show. */
    static final Set<String> ALFRESCO_BPM_PROPERTIES = Set.of("bpm:workflowDescription", "bpm:workflowDueDate",
            "bpm:workflowPriority", "bpm:sendEMailNotifications", "bpm:priority", "bpm:dueDate", "bpm:taskId",
            "bpm:status", "bpm:comment");

    /** Types Share's own configuration already knows (share-config.xml AdvancedSearch, share-form-config.xml). */
    static final Set<String> ALFRESCO_TYPES = Set.of("cm:content", "cm:folder");

    /**
     * Share 26.1 evaluator beans this module may reference, all defined in share.war's
     * alfresco/slingshot-documentlibrary-context.xml (tag 26.1.0.45 of alfresco-community-share).
     */
    static final Set<String> SHARE_EVALUATOR_BEANS = Set.of("evaluator.doclib.metadata.hasLockBanner",
            "evaluator.doclib.action.isWorkingCopy", "evaluator.doclib.action.value", "evaluator.doclib.action.nodeType",
            "evaluator.doclib.action.groupMembership", "evaluator.doclib.action.chainedMatchOne");

    /**
     * The user's permissions a value evaluator may read besides properties: node.permissions.user of the doclist JSON
     * (the repository's JSONConversionComponent, userPermissions of script-services-context.xml, 26.1.0.61).
     */
    static final Set<String> USER_PERMISSIONS = Set.of("Unlock", "CancelCheckOut", "ChangePermissions", "CreateChildren",
            "Delete", "Write");

    /** Groups a group-membership evaluator may name: those the platform module creates or relies on. */
    static final Set<String> MODULE_GROUPS = Set.of("GROUP_ANNUAL_REPORT_REVIEWERS");

    /** Classes this module's Spring context may instantiate: Share 26.1 / Surf 10.4 classes, checked in their sources. */
    static final Set<String> KNOWN_CLASSES = Set.of("org.alfresco.web.evaluator.StringEqualsComparator",
            "org.springframework.extensions.surf.util.ResourceBundleBootstrapComponent");

    /**
     * Share 26.1 message keys the module's configuration reuses: workflow.* in share.war's
     * alfresco/messages/slingshot(_zh_CN).properties, search.form.* in components/search/advsearch.get(_zh_CN).properties.
     */
    static final Set<String> SHARE_MESSAGE_KEYS = Set.of("workflow.set.general", "workflow.set.items",
            "workflow.set.other", "workflow.set.workflow.more_info", "workflow.set.task.info",
            "workflow.set.task.progress", "workflow.set.response", "workflow.field.message", "workflow.field.due",
            "workflow.field.priority", "workflow.field.comment", "search.form.label.cm_content",
            "search.form.desc.cm_content", "search.form.label.cm_folder", "search.form.desc.cm_folder");

    /**
     * Form control and set templates of Share 26.1 (web-framework-commons
     * alfresco/site-webscripts/org/alfresco/components/form/...) this module may use.
     */
    static final Set<String> SHARE_FORM_TEMPLATES = Set.of(
            "/org/alfresco/components/form/2-column-set.ftl", "/org/alfresco/components/form/3-column-set.ftl",
            "/org/alfresco/components/form/controls/textfield.ftl", "/org/alfresco/components/form/controls/textarea.ftl",
            "/org/alfresco/components/form/controls/selectone.ftl", "/org/alfresco/components/form/controls/numberrange.ftl",
            "/org/alfresco/components/form/controls/daterange.ftl", "/org/alfresco/components/form/controls/date.ftl",
            "/org/alfresco/components/form/controls/info.ftl", "/org/alfresco/components/form/controls/mimetype.ftl",
            "/org/alfresco/components/form/controls/size.ftl", "/org/alfresco/components/form/controls/hidden.ftl",
            "/org/alfresco/components/form/controls/workflow/priority.ftl",
            "/org/alfresco/components/form/controls/workflow/email-notification.ftl",
            "/org/alfresco/components/form/controls/workflow/mandatory-packageitems.ftl",
            "/org/alfresco/components/form/controls/workflow/packageitems.ftl",
            "/org/alfresco/components/form/controls/workflow/activiti-transitions.ftl",
            "/org/alfresco/components/form/controls/workflow/transitions.ftl",
            "../documentlibrary/forms/doclib-simple-metadata.ftl");

    /** Renderers Share 26.1's documentlist.js registers for metadata template lines. */
    static final Set<String> SHARE_METADATA_RENDERERS = Set.of("date", "size", "description", "tags", "social",
            "lockBanner", "i18nLabel", "categories");

    private static final Pattern TEMPLATE_TOKEN = Pattern.compile("\\{([^{}\\s]+)(?:\\s+([^{}\\s]+))?}");
    private static final Pattern OPTION_LABEL_KEY = Pattern.compile("^\\{(.+)}$");
    private static final Pattern ACCESSOR = Pattern.compile("^node\\.properties\\.([a-z]+:[A-Za-z0-9_]+)$");
    private static final Pattern PERMISSION_ACCESSOR = Pattern.compile("^node\\.permissions\\.user\\.([A-Za-z]+)$");

    /** This module's own form control templates (alfresco/web-extension/site-webscripts/...). */
    private static final String MODULE_TEMPLATE_ROOT = "/io/github/zwgk/annualreport/components/form/controls/";

    private final Document shareConfig;
    private final Document springContext;
    private final ContentModels models;
    private final boolean workflowModelPresent;
    private final Bundles shareBundles;
    private final Map<String, Bundles> modelBundles;
    private final Path resources;
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Element> beans = new HashMap<>();

    /**
     * @param modelBundles  repository bundles per model name ("ar:annualReportModel" → its labels)
     * @param resources     share-module/src/main/resources (icons are looked up below META-INF)
     */
    ShareConfigChecker(Document shareConfig, Document springContext, ContentModels models, boolean workflowModelPresent,
                       Bundles shareBundles, Map<String, Bundles> modelBundles, Path resources)
    {
        this.shareConfig = shareConfig;
        this.springContext = springContext;
        this.models = models;
        this.workflowModelPresent = workflowModelPresent;
        this.shareBundles = shareBundles;
        this.modelBundles = modelBundles;
        this.resources = resources;
        for (Element bean : Xml.descendants(springContext.getDocumentElement(), "bean"))
        {
            if (!bean.getAttribute("id").isEmpty())
            {
                beans.put(bean.getAttribute("id"), bean);
            }
        }
    }

    List<String> check()
    {
        checkSpringContext();
        for (Element config : Xml.children(shareConfig.getDocumentElement(), "config"))
        {
            if ("true".equals(config.getAttribute("replace")))
            {
                // Share 26.1 merges the config of every module (advsearch.get.js even reads every <forms>): replacing
                // a section drops what Share and the other modules put there
                violations.add("config " + config.getAttribute("evaluator") + " " + config.getAttribute("condition")
                        + ": replace=\"true\" drops Share's and other modules' configuration of the same section");
            }
            String evaluator = config.getAttribute("evaluator");
            String condition = config.getAttribute("condition");
            switch (evaluator)
            {
                case "node-type", "model-type" -> checkTypeForms(config, condition);
                case "aspect" -> checkAspectForms(config, condition);
                case "task-type" -> checkTaskForms(config, condition);
                case "string-compare" -> {
                    switch (condition)
                    {
                        case "DocumentLibrary" -> checkDocumentLibrary(config);
                        case "DocLibActions" -> checkActions(config);
                        case "AdvancedSearch" -> checkAdvancedSearch(config);
                        case "Workflow" -> checkHiddenWorkflows(config);
                        default -> {
                            if (condition.startsWith("activiti$"))
                            {
                                checkStartForms(config, condition);
                            }
                            else
                            {
                                violations.add("config string-compare \"" + condition + "\" is not one this module is meant to contribute");
                            }
                        }
                    }
                }
                default -> violations.add("config evaluator \"" + evaluator + "\" is not a Share 26.1 config evaluator this module uses");
            }
        }
        return violations;
    }

    // ---- forms ---------------------------------------------------------------------------------------------------

    private void checkTypeForms(Element config, String type)
    {
        String where = config.getAttribute("evaluator") + " " + type;
        if (models.type(type).isEmpty())
        {
            violations.add(where + ": no model defines the type " + type);
            return;
        }
        Map<String, ContentModels.Property> own = models.propertiesOf(type, new HashSet<>());
        // a node form also shows the properties of aspects applied to the node (e.g. ar:review once in review);
        // a model-type form (create, search) only knows the type and its mandatory aspects, unless force="true"
        boolean node = "node-type".equals(config.getAttribute("evaluator"));
        for (Element form : forms(config))
        {
            checkForm(where, form, name -> own.containsKey(name) || ALFRESCO_CM_PROPERTIES.contains(name)
                    || PSEUDO_FIELDS.contains(name) || (node && models.isAspectProperty(name)), true);
        }
    }

    private void checkAspectForms(Element config, String aspect)
    {
        String where = "aspect " + aspect;
        if (models.aspect(aspect).isEmpty())
        {
            violations.add(where + ": no model defines the aspect " + aspect);
            return;
        }
        Map<String, ContentModels.Property> own = models.propertiesOf(aspect, new HashSet<>());
        for (Element form : forms(config))
        {
            checkForm(where, form, own::containsKey, false);
        }
    }

    private void checkTaskForms(Element config, String taskType)
    {
        String where = "task-type " + taskType;
        if (!workflowModelPresent)
        {
            for (Element form : forms(config))
            {
                checkForm(where, form, name -> true, false);
            }
            return;
        }
        if (models.type(taskType).isEmpty())
        {
            violations.add(where + ": the workflow model defines no task type " + taskType);
            return;
        }
        Map<String, ContentModels.Property> own = models.propertiesOf(taskType, new HashSet<>());
        for (Element form : forms(config))
        {
            checkForm(where, form, name -> own.containsKey(name) || ALFRESCO_BPM_PROPERTIES.contains(name)
                    || PSEUDO_FIELDS.contains(name), false);
        }
    }

    private void checkStartForms(Element config, String definition)
    {
        String where = "workflow start form " + definition;
        for (Element form : forms(config))
        {
            checkForm(where, form, name -> ALFRESCO_BPM_PROPERTIES.contains(name) || PSEUDO_FIELDS.contains(name)
                    || (workflowModelPresent && models.property(name).isPresent())
                    || (!workflowModelPresent && name.startsWith("arwf:")), false);
        }
    }

    private static List<Element> forms(Element config)
    {
        return Xml.child(config, "forms").map(f -> Xml.children(f, "form")).orElse(List.of());
    }

    private interface FieldRule
    {
        boolean allowed(String name);
    }

    private void checkForm(String where, Element form, FieldRule allowed, boolean forcedMayNameAnyProperty)
    {
        String formWhere = where + " form " + (form.hasAttribute("id") ? "\"" + form.getAttribute("id") + "\"" : "(default)");
        Set<String> shown = new LinkedHashSet<>();
        Xml.child(form, "field-visibility").ifPresent(v -> Xml.children(v, "show").forEach(show -> {
            String id = show.getAttribute("id");
            shown.add(id);
            boolean forced = "true".equals(show.getAttribute("force"));
            boolean ok = allowed.allowed(id) || (forced && forcedMayNameAnyProperty && models.property(id).isPresent());
            if (!ok)
            {
                violations.add(formWhere + ": shows " + id + ", which no model defines for it");
            }
        }));
        Optional<Element> appearance = Xml.child(form, "appearance");
        Set<String> sets = new HashSet<>();
        appearance.ifPresent(a -> Xml.children(a, "set").forEach(set -> {
            sets.add(set.getAttribute("id"));
            labelKey(formWhere + " set \"" + set.getAttribute("id") + "\"", set.getAttribute("label-id"));
            template(formWhere, set.getAttribute("template"));
        }));
        for (String tag : List.of("edit-form", "view-form", "create-form"))
        {
            Xml.children(form, tag).forEach(t -> template(formWhere, t.getAttribute("template")));
        }
        appearance.ifPresent(a -> Xml.children(a, "field").forEach(field -> {
            String id = field.getAttribute("id");
            String fieldWhere = formWhere + " field " + id;
            if (!shown.contains(id))
            {
                violations.add(fieldWhere + ": configured in <appearance> but not shown in <field-visibility>");
            }
            if (field.hasAttribute("set") && !sets.contains(field.getAttribute("set")))
            {
                violations.add(fieldWhere + ": set \"" + field.getAttribute("set") + "\" is not declared in the form");
            }
            if (!field.getAttribute("label-id").isEmpty())
            {
                labelKey(fieldWhere, field.getAttribute("label-id"));
            }
            else if (models.property(id).isPresent())
            {
                modelLabel(fieldWhere, id);
            }
            Xml.child(field, "control").ifPresent(control -> checkControl(fieldWhere, id, control));
        }));
        // shown model properties without an <appearance> field still get the repository's label
        for (String id : shown)
        {
            boolean configured = appearance.map(a -> Xml.children(a, "field").stream()
                    .anyMatch(f -> f.getAttribute("id").equals(id))).orElse(false);
            if (!configured && models.property(id).isPresent())
            {
                modelLabel(formWhere + " field " + id, id);
            }
        }
    }

    private void checkControl(String where, String propertyName, Element control)
    {
        String template = control.getAttribute("template");
        template(where, template);
        Optional<ContentModels.Property> property = models.property(propertyName);
        Map<String, String> params = new HashMap<>();
        Xml.children(control, "control-param").forEach(p -> params.put(p.getAttribute("name"), p.getTextContent().trim()));
        if (template.endsWith("/numberrange.ftl") && property.isPresent()
                && !Set.of("d:int", "d:long", "d:float", "d:double").contains(property.get().type()))
        {
            violations.add(where + ": numberrange on a " + property.get().type() + " property");
        }
        if (template.endsWith("/daterange.ftl") && property.isPresent()
                && !Set.of("d:date", "d:datetime").contains(property.get().type()))
        {
            violations.add(where + ": daterange on a " + property.get().type() + " property");
        }
        if (template.endsWith("/selectone.ftl") && params.containsKey("options"))
        {
            List<String> values = new ArrayList<>();
            for (String option : params.get("options").split(","))
            {
                String[] valueLabel = option.split("\\|", -1);
                if (valueLabel.length > 1)
                {
                    Matcher key = OPTION_LABEL_KEY.matcher(valueLabel[1]);
                    if (key.matches())
                    {
                        labelKey(where + " option \"" + valueLabel[0] + "\"", key.group(1));
                    }
                }
                if (!valueLabel[0].isEmpty())
                {
                    values.add(valueLabel[0]);
                }
            }
            if (property.isPresent() && !values.equals(property.get().allowedValues()))
            {
                violations.add(where + ": selectone options " + values + " differ from the model's allowed values "
                        + property.get().allowedValues());
            }
        }
    }

    private void template(String where, String template)
    {
        if (template.startsWith(MODULE_TEMPLATE_ROOT))
        {
            if (!Files.isRegularFile(resources.resolve("alfresco/web-extension/site-webscripts" + template)))
            {
                violations.add(where + ": template " + template + " is not in the module's site-webscripts");
            }
            return;
        }
        if (!template.isEmpty() && !SHARE_FORM_TEMPLATES.contains(template))
        {
            violations.add(where + ": template " + template + " is not one of Share 26.1's form templates");
        }
    }

    // ---- document library ----------------------------------------------------------------------------------------

    /** Only our own process may be hidden from Share's start list, and it must be the deployed one. */
    private void checkHiddenWorkflows(Element config)
    {
        NodeList workflows = config.getElementsByTagName("workflow");
        if (workflows.getLength() == 0)
        {
            violations.add("config Workflow hides no workflow");
        }
        for (int i = 0; i < workflows.getLength(); i++)
        {
            String name = ((Element) workflows.item(i)).getAttribute("name");
            if (!"activiti$annualReportReview".equals(name))
            {
                violations.add("config Workflow hides \"" + name + "\", not this module's process activiti$annualReportReview");
            }
        }
    }

    private void checkDocumentLibrary(Element config)
    {
        Xml.child(config, "aspects").ifPresent(aspects -> {
            for (String list : List.of("visible", "addable", "removeable"))
            {
                Xml.children(aspects, list).forEach(l -> Xml.children(l, "aspect").forEach(a -> {
                    String name = a.getAttribute("name");
                    if (models.aspect(name).isEmpty())
                    {
                        violations.add("DocumentLibrary aspects/" + list + ": no model defines the aspect " + name);
                    }
                    labelKey("DocumentLibrary aspect " + name, "aspect." + name.replace(':', '_'));
                }));
            }
        });
        Xml.child(config, "types").ifPresent(types -> Xml.children(types, "type").forEach(t -> {
            String name = t.getAttribute("name");
            if (!ALFRESCO_TYPES.contains(name) && models.type(name).isEmpty())
            {
                violations.add("DocumentLibrary types: no model defines the type " + name);
            }
            Xml.children(t, "subtype").forEach(s -> {
                String sub = s.getAttribute("name");
                if (models.type(sub).isEmpty())
                {
                    violations.add("DocumentLibrary types: no model defines the subtype " + sub);
                }
                labelKey("DocumentLibrary subtype " + sub, "type." + sub.replace(':', '_'));
            });
        }));
        Xml.child(config, "indicators").ifPresent(indicators -> Xml.children(indicators, "indicator").forEach(i -> {
            String where = "indicator " + i.getAttribute("id");
            Xml.children(i, "evaluator").forEach(e -> evaluatorBean(where, e.getTextContent().trim()));
            labelKey(where, i.getAttribute("label").isEmpty() ? "status." + i.getAttribute("id") : i.getAttribute("label"));
            String icon = i.getAttribute("icon").isEmpty() ? i.getAttribute("id") + "-16.png" : i.getAttribute("icon");
            icon(where, "META-INF/components/documentlibrary/indicators/" + icon);
        }));
        Xml.child(config, "metadata-templates").ifPresent(templates -> Xml.children(templates, "template").forEach(t -> {
            String where = "metadata template " + t.getAttribute("id");
            Xml.children(t, "evaluator").forEach(e -> evaluatorBean(where, e.getTextContent().trim()));
            for (String tag : List.of("banner", "line"))
            {
                Xml.children(t, tag).forEach(line -> {
                    String lineWhere = where + " " + tag + " " + line.getAttribute("id");
                    if (!line.getAttribute("evaluator").isEmpty())
                    {
                        evaluatorBean(lineWhere, line.getAttribute("evaluator"));
                    }
                    Matcher token = TEMPLATE_TOKEN.matcher(line.getTextContent());
                    while (token.find())
                    {
                        String name = token.group(1);
                        if (!SHARE_METADATA_RENDERERS.contains(name) && models.property(name.replaceFirst("_", ":")).isEmpty())
                        {
                            violations.add(lineWhere + ": {" + name + "} is neither a Share renderer nor a model property");
                        }
                        if (token.group(2) != null)
                        {
                            labelKey(lineWhere, token.group(2));
                        }
                    }
                });
            }
        }));
    }

    private void checkActions(Element config)
    {
        Set<String> defined = new HashSet<>();
        Xml.child(config, "actions").ifPresent(actions -> Xml.children(actions, "action").forEach(a -> {
            String id = a.getAttribute("id");
            defined.add(id);
            String where = "action " + id;
            labelKey(where, a.getAttribute("label"));
            Xml.descendants(a, "evaluator").forEach(e -> evaluatorBean(where, e.getTextContent().trim()));
            Xml.children(a, "param").forEach(p -> {
                if (p.getAttribute("name").endsWith("Message"))
                {
                    labelKey(where + " param " + p.getAttribute("name"), p.getTextContent().trim());
                }
            });
            String icon = a.getAttribute("icon").isEmpty() ? id : a.getAttribute("icon");
            icon(where, "META-INF/components/documentlibrary/actions/" + icon + "-16.png");
        }));
        Xml.child(config, "actionGroups").ifPresent(groups -> Xml.descendants(groups, "action").forEach(a -> {
            if (!defined.contains(a.getAttribute("id")))
            {
                violations.add("action group: action " + a.getAttribute("id") + " is not defined by this module");
            }
        }));
    }

    private void checkAdvancedSearch(Element config)
    {
        for (Element form : Xml.descendants(config, "form"))
        {
            String type = form.getTextContent().trim();
            String where = "AdvancedSearch form " + type;
            labelKey(where, form.getAttribute("labelId"));
            labelKey(where, form.getAttribute("descriptionId"));
            if (ALFRESCO_TYPES.contains(type))
            {
                violations.add(where + ": Share's own form, listed by share-config.xml already: it would show twice");
                continue;
            }
            if (models.type(type).isEmpty())
            {
                violations.add(where + ": no model defines the type " + type);
            }
            String formId = form.getAttribute("id").isEmpty() ? "search" : form.getAttribute("id");
            boolean hasForm = Xml.children(shareConfig.getDocumentElement(), "config").stream()
                    .filter(c -> "model-type".equals(c.getAttribute("evaluator")) && type.equals(c.getAttribute("condition")))
                    .flatMap(c -> forms(c).stream()).anyMatch(f -> formId.equals(f.getAttribute("id")));
            if (!hasForm)
            {
                violations.add(where + ": no model-type form \"" + formId + "\" for " + type);
            }
        }
    }

    // ---- Spring context ------------------------------------------------------------------------------------------

    private void checkSpringContext()
    {
        for (Element bean : Xml.descendants(springContext.getDocumentElement(), "bean"))
        {
            String id = bean.getAttribute("id").isEmpty() ? "(inner bean)" : bean.getAttribute("id");
            if (!bean.getAttribute("class").isEmpty() && !KNOWN_CLASSES.contains(bean.getAttribute("class")))
            {
                violations.add("bean " + id + ": class " + bean.getAttribute("class") + " is not a known Share/Surf class");
            }
            String parent = bean.getAttribute("parent");
            if (!parent.isEmpty() && !SHARE_EVALUATOR_BEANS.contains(parent) && !beans.containsKey(parent))
            {
                violations.add("bean " + id + ": parent " + parent + " is neither a Share 26.1 bean nor defined here");
            }
            if ("evaluator.doclib.action.value".equals(parent))
            {
                checkValueEvaluator(id, bean);
            }
            if ("evaluator.doclib.action.groupMembership".equals(parent))
            {
                property(bean, "groups").ifPresent(p -> Xml.descendants(p, "value").forEach(v -> {
                    if (!MODULE_GROUPS.contains(v.getTextContent().trim()))
                    {
                        violations.add("bean " + id + ": group " + v.getTextContent().trim() + " is not one of " + MODULE_GROUPS);
                    }
                }));
            }
            if ("evaluator.doclib.action.chainedMatchOne".equals(parent))
            {
                property(bean, "evaluators").ifPresent(p -> Xml.descendants(p, "ref").forEach(r -> evaluatorBean("bean " + id,
                        r.getAttribute("bean"))));
            }
            if ("evaluator.doclib.action.nodeType".equals(parent))
            {
                property(bean, "types").ifPresent(p -> Xml.descendants(p, "value").forEach(v -> {
                    if (models.type(v.getTextContent().trim()).isEmpty())
                    {
                        violations.add("bean " + id + ": no model defines the type " + v.getTextContent().trim());
                    }
                }));
            }
            if ("org.springframework.extensions.surf.util.ResourceBundleBootstrapComponent".equals(bean.getAttribute("class")))
            {
                property(bean, "resourceBundles").ifPresent(p -> Xml.descendants(p, "value").forEach(v -> {
                    Path file = resources.resolve(v.getTextContent().trim().replace('.', '/') + ".properties");
                    if (!Files.isRegularFile(file))
                    {
                        violations.add("bean " + id + ": bundle " + v.getTextContent().trim() + " has no file " + file);
                    }
                }));
            }
        }
    }

    private void checkValueEvaluator(String id, Element bean)
    {
        String accessor = property(bean, "accessor").map(p -> p.getAttribute("value")).orElse("");
        Matcher permission = PERMISSION_ACCESSOR.matcher(accessor);
        if (permission.matches())
        {
            if (!USER_PERMISSIONS.contains(permission.group(1)))
            {
                violations.add("bean " + id + ": node.permissions.user has no " + permission.group(1) + " (only " + USER_PERMISSIONS + ")");
            }
            String compared = property(bean, "comparator").flatMap(p -> Xml.child(p, "bean"))
                    .flatMap(c -> property(c, "value")).map(p -> p.getAttribute("value")).orElse("");
            if (!compared.equals("true") && !compared.equals("false"))
            {
                violations.add("bean " + id + ": a permission is true or false, not \"" + compared + "\"");
            }
            return;
        }
        Matcher m = ACCESSOR.matcher(accessor);
        if (!m.matches())
        {
            violations.add("bean " + id + ": accessor \"" + accessor + "\" is not node.properties.<prefix>:<name> nor node.permissions.user.<permission>");
            return;
        }
        Optional<ContentModels.Property> property = models.property(m.group(1));
        if (property.isEmpty())
        {
            violations.add("bean " + id + ": no model defines the property " + m.group(1));
            return;
        }
        Optional<Element> comparator = property(bean, "comparator").flatMap(p -> Xml.child(p, "bean"));
        if (comparator.isEmpty() || !"org.alfresco.web.evaluator.StringEqualsComparator".equals(comparator.get().getAttribute("class")))
        {
            violations.add("bean " + id + ": comparator is not an org.alfresco.web.evaluator.StringEqualsComparator");
            return;
        }
        String value = property(comparator.get(), "value").map(p -> p.getAttribute("value")).orElse("");
        if (!property.get().allowedValues().isEmpty() && !property.get().allowedValues().contains(value))
        {
            violations.add("bean " + id + ": compares " + m.group(1) + " with \"" + value
                    + "\", which is not one of its allowed values " + property.get().allowedValues());
        }
    }

    private static Optional<Element> property(Element bean, String name)
    {
        return Xml.children(bean, "property").stream().filter(p -> name.equals(p.getAttribute("name"))).findFirst();
    }

    /** The value a value-evaluator bean compares ar:validationStatus (or another property) with, if it is one. */
    Optional<String> comparedValue(String beanId, String propertyName)
    {
        Element bean = beans.get(beanId);
        if (bean == null || !"evaluator.doclib.action.value".equals(bean.getAttribute("parent")))
        {
            return Optional.empty();
        }
        String accessor = property(bean, "accessor").map(p -> p.getAttribute("value")).orElse("");
        if (!accessor.equals("node.properties." + propertyName))
        {
            return Optional.empty();
        }
        return property(bean, "comparator").flatMap(p -> Xml.child(p, "bean"))
                .flatMap(c -> property(c, "value")).map(p -> p.getAttribute("value"));
    }

    // ---- shared checks -------------------------------------------------------------------------------------------

    private void evaluatorBean(String where, String beanId)
    {
        if (!beans.containsKey(beanId) && !SHARE_EVALUATOR_BEANS.contains(beanId))
        {
            violations.add(where + ": evaluator " + beanId + " is not defined in the Spring context nor a Share 26.1 bean");
        }
    }

    private void labelKey(String where, String key)
    {
        if (key == null || key.isEmpty() || SHARE_MESSAGE_KEYS.contains(key))
        {
            return;
        }
        String missing = shareBundles.missingIn(key);
        if (missing != null)
        {
            violations.add(where + ": label " + key + " is missing in the Share bundle (" + missing + ")");
        }
    }

    private void modelLabel(String where, String propertyName)
    {
        if (propertyName.startsWith("cm:") || propertyName.startsWith("bpm:"))
        {
            return;
        }
        String model = models.modelOf(propertyName);
        Bundles bundles = model == null ? null : modelBundles.get(model);
        String key = (model == null ? "?" : model.replace(':', '_')) + ".property." + propertyName.replace(':', '_') + ".title";
        String missing = bundles == null ? "en and zh_CN" : bundles.missingIn(key);
        if (missing != null)
        {
            violations.add(where + ": model label " + key + " is missing in the repository bundle (" + missing + ")");
        }
    }

    private void icon(String where, String relativePath)
    {
        Path file = resources.resolve(relativePath);
        if (!Files.isRegularFile(file))
        {
            violations.add(where + ": icon " + relativePath + " does not exist in the module's resources");
            return;
        }
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in))
        {
            byte[] signature = new byte[8];
            data.readFully(signature);
            data.readInt();
            byte[] type = new byte[4];
            data.readFully(type);
            int width = data.readInt();
            int height = data.readInt();
            boolean png = signature[0] == (byte) 0x89 && signature[1] == 'P' && signature[2] == 'N' && signature[3] == 'G'
                    && new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IHDR");
            if (!png || width != 16 || height != 16)
            {
                violations.add(where + ": icon " + relativePath + " is not a 16x16 PNG");
            }
        }
        catch (IOException e)
        {
            violations.add(where + ": icon " + relativePath + " cannot be read: " + e.getMessage());
        }
    }
}
