package io.github.zwgk.annualreport.conformance.share;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The types, aspects, properties and list constraints of Alfresco content models (the ar model and, when present,
 * the arwf workflow model), read from their XML files, as Share config must name them.
 */
final class ContentModels
{
    /** A property: its data type, whether Solr can facet on it, and the allowed values of its LIST constraint. */
    record Property(String name, String type, boolean facetable, List<String> allowedValues)
    {
    }

    /** A type or aspect: its parent (types), mandatory aspects and own properties. */
    record ClassDef(String name, boolean aspect, String parent, List<String> mandatoryAspects, Map<String, Property> properties)
    {
    }

    private final Map<String, ClassDef> classes = new LinkedHashMap<>();
    private final Map<String, String> modelNames = new LinkedHashMap<>();

    static ContentModels of(Path... modelFiles)
    {
        ContentModels models = new ContentModels();
        for (Path file : modelFiles)
        {
            if (Files.isRegularFile(file))
            {
                models.read(file);
            }
        }
        return models;
    }

    private void read(Path file)
    {
        Document doc = Xml.parse(file);
        Element model = doc.getDocumentElement();
        String modelName = model.getAttribute("name");
        Map<String, List<String>> constraints = new LinkedHashMap<>();
        for (Element constraint : Xml.descendants(model, "constraint"))
        {
            if (!constraint.getAttribute("name").isEmpty() && "LIST".equals(constraint.getAttribute("type")))
            {
                List<String> values = new ArrayList<>();
                for (Element parameter : Xml.children(constraint, "parameter"))
                {
                    if ("allowedValues".equals(parameter.getAttribute("name")))
                    {
                        Xml.descendants(parameter, "value").forEach(v -> values.add(v.getTextContent().trim()));
                    }
                }
                constraints.put(constraint.getAttribute("name"), values);
            }
        }
        for (String kind : List.of("type", "aspect"))
        {
            for (Element def : Xml.descendants(model, kind))
            {
                if (def.getAttribute("name").isEmpty() || !(def.getParentNode() instanceof Element parent)
                        || !parent.getTagName().equals(kind + "s"))
                {
                    continue;
                }
                String parentName = Xml.child(def, "parent").map(e -> e.getTextContent().trim()).orElse(null);
                List<String> mandatory = new ArrayList<>();
                Xml.child(def, "mandatory-aspects").ifPresent(m -> Xml.children(m, "aspect")
                        .forEach(a -> mandatory.add(a.getTextContent().trim())));
                Map<String, Property> properties = new LinkedHashMap<>();
                Xml.child(def, "properties").ifPresent(ps -> Xml.children(ps, "property").forEach(p -> {
                    String type = Xml.child(p, "type").map(e -> e.getTextContent().trim()).orElse("");
                    boolean facetable = Xml.descendants(p, "facetable").stream()
                            .anyMatch(f -> "true".equals(f.getTextContent().trim()));
                    List<String> allowed = new ArrayList<>();
                    Xml.descendants(p, "constraint").forEach(c -> {
                        String ref = c.getAttribute("ref");
                        if (!ref.isEmpty() && constraints.containsKey(ref))
                        {
                            allowed.addAll(constraints.get(ref));
                        }
                        else if ("LIST".equals(c.getAttribute("type")))
                        {
                            Xml.descendants(c, "value").forEach(v -> allowed.add(v.getTextContent().trim()));
                        }
                    });
                    properties.put(p.getAttribute("name"), new Property(p.getAttribute("name"), type, facetable, allowed));
                }));
                classes.put(def.getAttribute("name"),
                        new ClassDef(def.getAttribute("name"), kind.equals("aspect"), parentName, mandatory, properties));
                modelNames.put(def.getAttribute("name"), modelName);
            }
        }
    }

    Optional<ClassDef> type(String name)
    {
        return Optional.ofNullable(classes.get(name)).filter(c -> !c.aspect());
    }

    Optional<ClassDef> aspect(String name)
    {
        return Optional.ofNullable(classes.get(name)).filter(ClassDef::aspect);
    }

    /** The model ("ar:annualReportModel") that defines a type or aspect. */
    String modelOf(String classOrPropertyName)
    {
        String owner = classes.values().stream()
                .filter(c -> c.name().equals(classOrPropertyName) || c.properties().containsKey(classOrPropertyName))
                .map(ClassDef::name).findFirst().orElse(null);
        return owner == null ? null : modelNames.get(owner);
    }

    /** Any property defined by these models. */
    Optional<Property> property(String name)
    {
        return classes.values().stream().map(c -> c.properties().get(name)).filter(p -> p != null).findFirst();
    }

    /**
     * The properties a node of this type or aspect has in these models: its own, its parents' (while they are
     * defined here) and those of its mandatory aspects, transitively. The names of ancestors not defined here
     * (cm:content, bpm:workflowTask...) are collected in {@code externalAncestors}.
     */
    Map<String, Property> propertiesOf(String classOrAspect, Set<String> externalAncestors)
    {
        Map<String, Property> result = new LinkedHashMap<>();
        collect(classOrAspect, result, externalAncestors, new LinkedHashSet<>());
        return result;
    }

    private void collect(String name, Map<String, Property> result, Set<String> external, Set<String> seen)
    {
        if (name == null || !seen.add(name))
        {
            return;
        }
        ClassDef def = classes.get(name);
        if (def == null)
        {
            external.add(name);
            return;
        }
        result.putAll(def.properties());
        def.mandatoryAspects().forEach(a -> collect(a, result, external, seen));
        collect(def.parent(), result, external, seen);
    }

    /** True when an aspect of these models defines the property. */
    boolean isAspectProperty(String name)
    {
        return classes.values().stream().anyMatch(c -> c.aspect() && c.properties().containsKey(name));
    }

    boolean isEmpty()
    {
        return classes.isEmpty();
    }
}
