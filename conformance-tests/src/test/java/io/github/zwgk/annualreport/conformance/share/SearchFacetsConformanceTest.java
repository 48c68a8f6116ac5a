package io.github.zwgk.annualreport.conformance.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The search facets the repository module ships use the keys of the repository's SolrFacetConfig
 * (alfresco-community-repo 26.1.0.61) and name facetable properties of the content model with labels in Share.
 */
class SearchFacetsConformanceTest
{
    /** SolrFacetConfig.ValueName of ACS 26.1. */
    private static final Set<String> VALUE_NAMES = Set.of("filterID", "displayName", "displayControl", "maxFilters",
            "hitThreshold", "minFilterValueLength", "sortBy", "scope", "scopedSites", "isEnabled");

    private static Map<String, Map<String, String>> facets() throws IOException
    {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ShareModuleFiles.FACETS, StandardCharsets.ISO_8859_1))
        {
            properties.load(reader);
        }
        Map<String, Map<String, String>> facets = new TreeMap<>();
        for (String key : properties.stringPropertyNames())
        {
            assertThat(key).as("facet keys are custom.<qname>.<valueName>").startsWith("custom.");
            String rest = key.substring("custom.".length());
            int dot = rest.lastIndexOf('.');
            facets.computeIfAbsent(rest.substring(0, dot), q -> new TreeMap<>()).put(rest.substring(dot + 1), properties.getProperty(key));
        }
        return facets;
    }

    @Test
    void theFacetsAreYearStatusAgencyAndLevelWithEveryKeySolrFacetConfigReads() throws IOException
    {
        Map<String, Map<String, String>> facets = facets();
        assertThat(facets.keySet()).containsExactlyInAnyOrder("ar:reportYear", "ar:validationStatus", "ar:agencyName", "ar:agencyLevel");
        Set<String> filterIds = new HashSet<>();
        facets.forEach((qname, values) -> {
            assertThat(values.keySet()).as(qname).containsExactlyInAnyOrderElementsOf(VALUE_NAMES);
            assertThat(filterIds.add(values.get("filterID"))).as("unique filterID " + values.get("filterID")).isTrue();
            assertThat(values.get("isEnabled")).isEqualTo("true");
            assertThat(Integer.parseInt(values.get("minFilterValueLength"))).isEqualTo(1);
            assertThat(values.get("sortBy")).isIn("ASCENDING", "DESCENDING", "INDEX");
            assertThat(values.get("scope")).isEqualTo("ALL");
        });
    }

    @Test
    void everyFacetIsAFacetablePropertyOfTheModelWithAShareLabelInBothLanguages() throws IOException
    {
        ContentModels models = ShareModuleFiles.models();
        Bundles share = ShareModuleFiles.shareBundles();
        facets().forEach((qname, values) -> {
            ContentModels.Property property = models.property(qname).orElseThrow(() -> new AssertionError("no property " + qname));
            assertThat(property.facetable()).as(qname + " facetable").isTrue();
            assertThat(share.missingIn(values.get("displayName"))).as(values.get("displayName")).isNull();
        });
    }
}
