package io.github.zwgk.annualreport.conformance.docker;

import java.util.List;

/**
 * The requests the proxy (docker/proxy) must refuse, and those it must pass on untouched. Each probe holds the request
 * target as a client sends it and the path nginx matches its rules against ($uri: %XX decoded, "//" merged, "." and
 * ".." resolved). The refused ones are the repository's Solr API and metrics as Alfresco's community stack blocks
 * them (Alfresco/acs-deployment docker-compose/commons/base.yaml, routers solrapideny, alfrescomicrometer,
 * proxiedsolrapideny), and every spelling Tomcat would map to the same web script: its four web script servlets
 * (/s, /service, /wcs, /wcservice: alfresco.war WEB-INF/web.xml), percent-encoding, extra slashes, dot segments, path
 * parameters (Tomcat drops ";..." from every segment before mapping), and Share's endpoint proxy under every servlet
 * path Share maps to it (share.war WEB-INF/urlrewrite.xml: /proxy, /page/proxy, /p/proxy, /service, /noauth).
 */
final class ProxyProbes
{
    /** One request: what the client sends, what nginx matches, and what the client must get. */
    record Probe(String target, String normalized, int status, String backend, String why)
    {
        boolean refused()
        {
            return status == 403;
        }

        @Override
        public String toString()
        {
            return target;
        }
    }

    private ProxyProbes()
    {
    }

    static Probe refused(String target, String normalized, String why)
    {
        return new Probe(target, normalized, 403, null, why);
    }

    static Probe passed(String target, String backend, String why)
    {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        return new Probe(target, path, 200, backend, why);
    }

    static final List<Probe> REFUSED = List.of(
            refused("/alfresco/service/api/solr/textContent?nodeId=1", "/alfresco/service/api/solr/textContent",
                    "any document's text for the Solr secret (issue 13)"),
            refused("/alfresco/s/api/solr/textContent?nodeId=1", "/alfresco/s/api/solr/textContent", "servlet /s"),
            refused("/alfresco/wcs/api/solr/textContent?nodeId=1", "/alfresco/wcs/api/solr/textContent", "servlet /wcs"),
            refused("/alfresco/wcservice/api/solr/textContent?nodeId=1", "/alfresco/wcservice/api/solr/textContent", "servlet /wcservice"),
            refused("/alfresco/s/api/solr/aclchangesets?fromId=1&maxResults=5", "/alfresco/s/api/solr/aclchangesets", "ACLs"),
            refused("/alfresco/service/api/solr/nodes", "/alfresco/service/api/solr/nodes", "node metadata"),
            refused("/alfresco/s/api/solr/textContent.json?nodeId=1", "/alfresco/s/api/solr/textContent.json", "format extension"),
            refused("/alfresco/s/api/solr", "/alfresco/s/api/solr", "no trailing slash"),
            refused("/alfresco/s/api/solr?x=1", "/alfresco/s/api/solr", "query right after solr"),
            refused("/alfresco/s/api//solr/textContent?nodeId=1", "/alfresco/s/api/solr/textContent", "double slash"),
            refused("//alfresco//service///api/solr/textContent", "/alfresco/service/api/solr/textContent", "slashes everywhere"),
            refused("/alfresco/%73/api/solr/textContent?nodeId=1", "/alfresco/s/api/solr/textContent", "%73 is s"),
            refused("/alfresco/%73%65%72%76%69%63%65/api/%73%6F%6C%72/textContent", "/alfresco/service/api/solr/textContent",
                    "all percent-encoded"),
            refused("/alfresco/s/api/solr%2FtextContent?nodeId=1", "/alfresco/s/api/solr/textContent", "encoded slash"),
            refused("/alfresco/service/api/solr;x/textContent?nodeId=1", "/alfresco/service/api/solr;x/textContent",
                    "path parameter, dropped by Tomcat"),
            refused("/alfresco;jsessionid=1/s;a=b/api;c/solr;d/textContent", "/alfresco;jsessionid=1/s;a=b/api;c/solr;d/textContent",
                    "a path parameter on every segment"),
            refused("/alfresco/s/api/solr%3Bx/textContent", "/alfresco/s/api/solr;x/textContent", "encoded ;"),
            refused("/alfresco/S/API/Solr/textContent?nodeId=1", "/alfresco/S/API/Solr/textContent", "upper case"),
            refused("/alfresco/s/./api/solr/textContent", "/alfresco/s/api/solr/textContent", "dot segment"),
            refused("/alfresco/s/x/../api/solr/textContent", "/alfresco/s/api/solr/textContent", "dot-dot segment"),
            refused("/alfresco/s/x/%2e%2e/api/solr/textContent", "/alfresco/s/api/solr/textContent", "encoded dot-dot"),
            refused("/alfresco/s/x/..;/api/solr/textContent", "/alfresco/s/x/..;/api/solr/textContent",
                    "..; resolved by Tomcat, not by nginx"),
            refused("/alfresco/s/.;x/api/solr/textContent", "/alfresco/s/.;x/api/solr/textContent", ".; resolved by Tomcat"),
            refused("/alfresco/s/;x/api/solr/textContent", "/alfresco/s/;x/api/solr/textContent", "empty segment with a parameter"),
            refused("/alfresco/s/prometheus", "/alfresco/s/prometheus", "metrics"),
            refused("/alfresco/service/prometheus", "/alfresco/service/prometheus", "metrics, /service"),
            refused("/alfresco/wcs/Prometheus/", "/alfresco/wcs/Prometheus/", "metrics, /wcs, mixed case"),
            refused("/alfresco/%73/prometheus;x", "/alfresco/s/prometheus;x", "metrics, encoded, parameter"),
            refused("/share/proxy/alfresco/api/solr/textContent?nodeId=1", "/share/proxy/alfresco/api/solr/textContent",
                    "Share's endpoint proxy"),
            refused("/share/proxy/alfresco-noauth/api/solr/aclchangesets?fromId=1&maxResults=5",
                    "/share/proxy/alfresco-noauth/api/solr/aclchangesets", "endpoint alfresco-noauth"),
            refused("/share/proxy/alfresco-feed/api/solr/aclchangesets", "/share/proxy/alfresco-feed/api/solr/aclchangesets",
                    "endpoint alfresco-feed"),
            refused("/share/proxy/alfresco-api/api/solr/textContent", "/share/proxy/alfresco-api/api/solr/textContent",
                    "endpoint alfresco-api"),
            refused("/share/page/proxy/alfresco/api/solr/textContent", "/share/page/proxy/alfresco/api/solr/textContent", "/page/proxy"),
            refused("/share/p/proxy/alfresco/api/solr/textContent", "/share/p/proxy/alfresco/api/solr/textContent", "/p/proxy"),
            refused("/share/service/proxy/alfresco/api/solr/aclchangesets?fromId=1&maxResults=5",
                    "/share/service/proxy/alfresco/api/solr/aclchangesets", "/service -> /page (urlrewrite)"),
            refused("/share/noauth/proxy/alfresco-noauth/api/solr/textContent",
                    "/share/noauth/proxy/alfresco-noauth/api/solr/textContent", "/noauth -> /page (urlrewrite)"),
            refused("/share/proxy/alfresco/api/%73olr/textContent", "/share/proxy/alfresco/api/solr/textContent", "encoded, via Share"),
            refused("/share/proxy/alfresco/API;x/SOLR/textContent", "/share/proxy/alfresco/API;x/SOLR/textContent", "parameter and case, via Share"),
            refused("/share/proxy/alfresco/prometheus", "/share/proxy/alfresco/prometheus", "metrics via Share"),
            refused("/share/proxy/alfresco/x/..;/api/solr/textContent", "/share/proxy/alfresco/x/..;/api/solr/textContent",
                    "..; via Share"));

    static final List<Probe> PASSED = List.of(
            passed("/alfresco/api/-default-/public/alfresco/versions/1/probes/-ready-", "alfresco", "REST API"),
            passed("/alfresco/service/annual-report/statistics?format=json&year=2023", "alfresco", "the module's web scripts"),
            passed("/alfresco/s/api/solrstats", "alfresco", "user-authenticated index statistics, not the Solr API"),
            passed("/alfresco/s/api/server", "alfresco", "server info"),
            passed("/alfresco/api/-default-/public/alfresco/versions/1/nodes/-root-/children?relativePath=%E5%B9%B4%E5%BA%A6&x=%2F",
                    "alfresco", "encoded query passed as sent"),
            passed("/alfresco/webdav/Sites/a%3Bb%20c.docx", "alfresco", "a file name with ; and a space"),
            passed("/alfresco/s/index/family/Annual%20Report", "alfresco", "web script index"),
            passed("/share/page/site/prometheus/dashboard", "share", "a site called prometheus"),
            passed("/share/proxy/alfresco/api/people?filter=solr", "share", "solr in a query"),
            passed("/share/proxy/alfresco/annual-report/validation/workspace/SpacesStore/1", "share", "Share's findings panel"),
            passed("/share/page;jsessionid=0123ABCD", "share", "Tomcat's session id in the URL"),
            passed("/share/res/js/alfresco.js", "share", "static resources"));

    /** Not routed at all: only /alfresco/ and /share/ reach a backend. */
    static final List<String> NOT_ROUTED = List.of(
            "/solr/alfresco/select?q=*", "/solr/admin/cores?action=STATUS", "/alfresco/../solr/admin/cores",
            "/api/-default-/public/alfresco/versions/1/probes/-ready-", "/transform/config", "/admin/");
}
