package io.github.zwgk.annualreport.conformance.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.github.zwgk.annualreport.conformance.docker.ProxyProbes.Probe;

/**
 * The proxy's configuration (docker/proxy) in a real nginx, in front of two small HTTP servers on 127.0.0.1 that
 * stand for the repository and Share and record what reaches them. Requests go over raw sockets, so that each target
 * reaches nginx exactly as written (no client library normalises it). nginx gets the image's own files: http.conf
 * and routes.conf as they are, the server file that 40-annual-report-server.sh installs (run here too), with only the
 * listen ports and the backends' addresses changed. Skipped, with the reason, when no nginx binary is installed
 * (Debian/Ubuntu: apt-get install nginx-light; .ci/run installs it); NGINX=/path/to/nginx picks one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyNginxTest
{
    static final List<Probe> REFUSED = ProxyProbes.REFUSED;
    static final List<Probe> PASSED = ProxyProbes.PASSED;
    static final List<String> NOT_ROUTED = ProxyProbes.NOT_ROUTED;

    private final Backend repository = new Backend("alfresco");
    private final Backend share = new Backend("share");
    private Nginx nginx;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception
    {
        Path binary = nginxBinary();
        repository.start();
        share.start();
        nginx = Nginx.start(binary, dir, "off", null, repository, share);
    }

    @AfterAll
    void stop()
    {
        if (nginx != null)
        {
            nginx.stop();
        }
        repository.stop();
        share.stop();
    }

    @ParameterizedTest(name = "refused: {0}")
    @FieldSource("REFUSED")
    void refusesTheSolrApiAndTheMetricsInEverySpelling(Probe probe) throws Exception
    {
        int before = repository.requests.size() + share.requests.size();
        Response response = nginx.send("GET", probe.target(), Map.of("X-Alfresco-Search-Secret", "secret"), 0);
        assertThat(response.status()).as("%s (%s)", probe.target(), probe.why()).isEqualTo(403);
        assertThat(repository.requests.size() + share.requests.size()).as("nothing reached a backend").isEqualTo(before);
    }

    @ParameterizedTest(name = "passed: {0}")
    @FieldSource("PASSED")
    void passesEverythingElseToTheRightBackendAsTheClientSentIt(Probe probe) throws Exception
    {
        Backend backend = probe.backend().equals("alfresco") ? repository : share;
        Response response = nginx.send("GET", probe.target(), Map.of("X-Alfresco-Search-Secret", "secret",
                "X-Alfresco-Remote-User", "admin", "X-Forwarded-For", "203.0.113.7"), 0);
        assertThat(response.status()).as("%s (%s)", probe.target(), probe.why()).isEqualTo(200);
        assertThat(response.header("X-Backend")).isEqualTo(probe.backend());
        Recorded got = backend.last();
        assertThat(got.target()).as("the request line is passed on unchanged").isEqualTo(probe.target());
        assertThat(got.headers()).as("headers only a trusted component may send")
                .doesNotContainKey("x-alfresco-search-secret").doesNotContainKey("x-alfresco-remote-user");
        assertThat(got.headers()).containsEntry("x-forwarded-for", "127.0.0.1").containsEntry("x-forwarded-proto", "http")
                .containsEntry("host", "zwgk.example.gov.cn:" + nginx.httpPort);
    }

    @ParameterizedTest(name = "not routed: {0}")
    @FieldSource("NOT_ROUTED")
    void routesNothingButTheRepositoryAndShare(String target) throws Exception
    {
        int before = repository.requests.size() + share.requests.size();
        assertThat(nginx.send("GET", target, Map.of(), 0).status()).as(target).isEqualTo(404);
        assertThat(repository.requests.size() + share.requests.size()).isEqualTo(before);
    }

    @Test
    void redirectsTheRootToShareRelatively() throws Exception
    {
        Response root = nginx.send("GET", "/", Map.of(), 0);
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).isEqualTo("/share/");
        assertThat(nginx.send("GET", "/alfresco", Map.of(), 0).header("Location")).isEqualTo("/alfresco/");
        assertThat(nginx.send("GET", "/proxy-health", Map.of(), 0).status()).isEqualTo(200);
    }

    @Test
    void sessionCookiesStayOnThisSite() throws Exception
    {
        Response response = nginx.send("GET", "/share/page", Map.of(), 0);
        assertThat(response.headers().get("set-cookie")).singleElement().asString()
                .startsWith("JSESSIONID=4F2A; Path=/share; HttpOnly").endsWith("; SameSite=Lax");
    }

    @Test
    void uploadsAsLargeAsTheModuleAnalysesStreamThroughAndHugeOnesAreRefusedUpFront() throws Exception
    {
        int size = 25 << 20;
        Response upload = nginx.send("POST", "/alfresco/api/-default-/public/alfresco/versions/1/nodes/-my-/children",
                Map.of("Content-Type", "application/octet-stream"), size);
        assertThat(upload.status()).isEqualTo(200);
        assertThat(repository.last().bodyBytes()).isEqualTo(size);

        int before = repository.requests.size();
        Response huge = nginx.sendHeadersOnly("POST", "/alfresco/api/-default-/public/alfresco/versions/1/nodes/-my-/children",
                Map.of("Content-Type", "application/octet-stream", "Content-Length", String.valueOf(200L << 20)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(repository.requests.size()).isEqualTo(before);
    }

    @Test
    void theEntryScriptRefusesSettingsItCannotHonour(@TempDir Path dir) throws Exception
    {
        Path etc = Nginx.layout(dir);
        assertThat(Nginx.entryScript(etc, "maybe", null).exitCode()).isEqualTo(1);
        Script noCertificate = Nginx.entryScript(etc, "on", "https://localhost:8443");
        assertThat(noCertificate.exitCode()).isEqualTo(1);
        assertThat(noCertificate.output()).contains("tls.crt").contains("docker/certs");
        Files.writeString(etc.resolve("certs/tls.crt"), "x");
        Files.writeString(etc.resolve("certs/tls.key"), "x");
        Script plainUrl = Nginx.entryScript(etc, "on", "http://localhost:8080");
        assertThat(plainUrl.exitCode()).isEqualTo(1);
        assertThat(plainUrl.output()).contains("PUBLIC_URL=https://");
        assertThat(Nginx.entryScript(etc, "on", "https://zwgk.example.gov.cn/").exitCode()).isZero();
        assertThat(Files.readString(etc.resolve("conf.d/annual-report-server.conf")))
                .contains("return 301 https://zwgk.example.gov.cn$request_uri;").doesNotContain("@PUBLIC_URL@");
    }

    /** The TLS configuration (PROXY_TLS=on) with a self-signed certificate made by openssl for this test. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithTls
    {
        private Nginx tls;

        @BeforeAll
        void start(@TempDir Path dir) throws Exception
        {
            Path etc = Nginx.layout(dir);
            Script openssl = Script.run(dir, List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=localhost", "-keyout", etc.resolve("certs/tls.key").toString(),
                    "-out", etc.resolve("certs/tls.crt").toString()), Map.of());
            Assumptions.assumeTrue(openssl.exitCode() == 0, "openssl cannot make a test certificate: " + openssl.output());
            int httpsPort = freePort();
            tls = Nginx.start(nginxBinary(), dir, "on", httpsPort, repository, share);
        }

        @AfterAll
        void stop()
        {
            if (tls != null)
            {
                tls.stop();
            }
        }

        @Test
        void plainHttpOnlyRedirectsToThePublicUrl() throws Exception
        {
            int before = repository.requests.size();
            Response response = tls.send("GET", "/alfresco/s/api/solr/textContent?nodeId=1", Map.of(), 0);
            assertThat(response.status()).isEqualTo(301);
            assertThat(response.header("Location"))
                    .isEqualTo("https://localhost:" + tls.httpsPort + "/alfresco/s/api/solr/textContent?nodeId=1");
            assertThat(tls.send("GET", "/proxy-health", Map.of(), 0).status()).isEqualTo(200);
            assertThat(repository.requests.size()).isEqualTo(before);
        }

        @Test
        void overTlsTheSameRulesHoldAndTheBackendsLearnTheScheme() throws Exception
        {
            assertThat(tls.sendTls("GET", "/alfresco/%73/api//solr;x/textContent?nodeId=1", Map.of()).status()).isEqualTo(403);
            assertThat(tls.sendTls("GET", "/share/service/proxy/alfresco/api/solr/aclchangesets", Map.of()).status()).isEqualTo(403);
            Response ok = tls.sendTls("GET", "/share/page", Map.of("X-Alfresco-Search-Secret", "secret"));
            assertThat(ok.status()).isEqualTo(200);
            assertThat(share.last().headers()).containsEntry("x-forwarded-proto", "https").doesNotContainKey("x-alfresco-search-secret");
            assertThat(ok.headers().get("set-cookie")).singleElement().asString().contains("; Secure").contains("SameSite=Lax");
            // Tomcat sees http and may build an absolute http:// redirect: the browser must stay on https
            Response redirect = tls.sendTls("GET", "/share/redirect-me", Map.of());
            assertThat(redirect.status()).isEqualTo(302);
            assertThat(redirect.header("Location")).startsWith("https://");
        }
    }

    // ---- nginx -------------------------------------------------------------------------------------------------

    static Path nginxBinary()
    {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("NGINX")).ifPresent(n -> candidates.add(Paths.get(n)));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        {
            if (!dir.isEmpty())
            {
                candidates.add(Paths.get(dir, "nginx"));
            }
        }
        candidates.add(Paths.get("/usr/sbin/nginx"));
        candidates.add(Paths.get("/usr/local/sbin/nginx"));
        Optional<Path> found = candidates.stream().filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(found.isPresent(), "nginx is not installed, so the proxy configuration is only checked as text "
                + "(ProxyConfigTest). Install it to run it for real: apt-get install nginx-light (or set NGINX=/path/to/nginx)");
        return found.get();
    }

    static int freePort() throws IOException
    {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            return socket.getLocalPort();
        }
    }

    record Script(int exitCode, String output)
    {
        static Script run(Path dir, List<String> command, Map<String, String> env) throws Exception
        {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
            return new Script(p.exitValue(), out);
        }
    }

    /** A running nginx with the proxy's configuration, listening on 127.0.0.1. */
    static final class Nginx
    {
        final int httpPort;
        final Integer httpsPort;
        private final Process process;
        private final Path log;

        private Nginx(int httpPort, Integer httpsPort, Process process, Path log)
        {
            this.httpPort = httpPort;
            this.httpsPort = httpsPort;
            this.process = process;
            this.log = log;
        }

        /** dir/etc laid out as the image's /etc/nginx: annual-report/ with the shipped files, conf.d/, certs/. */
        static Path layout(Path dir) throws IOException
        {
            Path etc = dir.resolve("etc");
            Files.createDirectories(etc.resolve("annual-report"));
            Files.createDirectories(etc.resolve("conf.d"));
            Files.createDirectories(etc.resolve("certs"));
            for (String file : ProxyConfig.INCLUDED_FILES)
            {
                Files.copy(ProxyConfig.DIR.resolve(file), etc.resolve("annual-report").resolve(file));
            }
            return etc;
        }

        static Script entryScript(Path etc, String tls, String publicUrl) throws Exception
        {
            Map<String, String> env = new TreeMap<>(Map.of("AR_NGINX_DIR", etc.toString(), "PROXY_TLS", tls));
            if (publicUrl != null)
            {
                env.put("PUBLIC_URL", publicUrl);
            }
            return Script.run(etc, List.of("sh", ProxyConfig.DIR.resolve(ProxyConfig.ENTRY_SCRIPT).toString()), env);
        }

        static Nginx start(Path binary, Path dir, String tls, Integer httpsPort, Backend repository, Backend share) throws Exception
        {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path etc = dir.resolve("etc");
            if (!Files.isDirectory(etc))
            {
                layout(dir);
            }
            int httpPort = freePort();
            Script script = entryScript(etc, tls, httpsPort == null ? null : "https://localhost:" + httpsPort);
            assertThat(script.exitCode()).as(script.output()).isZero();
            // the only changes to the shipped configuration: where nginx listens, where the backends are
            Path server = etc.resolve("conf.d/annual-report-server.conf");
            String config = Files.readString(server);
            assertThat(config).contains("listen 8080;");
            config = config.replace("listen 8080;", "listen 127.0.0.1:" + httpPort + ";");
            if (httpsPort != null)
            {
                assertThat(config).contains("listen 8443 ssl;");
                config = config.replace("listen 8443 ssl;", "listen 127.0.0.1:" + httpsPort + " ssl;");
            }
            Files.writeString(server, config);
            Files.writeString(etc.resolve("test-backends.conf"), """
                    map $host $ar_repository { default 127.0.0.1:%d; }
                    map $host $ar_share { default 127.0.0.1:%d; }
                    """.formatted(repository.port(), share.port()));
            Path log = dir.resolve("error.log");
            Files.writeString(etc.resolve("nginx.conf"), """
                    daemon off;
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %2$s info;
                    events { worker_connections 128; }
                    http {
                        access_log off;
                        client_body_temp_path %1$s/client_body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        include annual-report/http.conf;
                        include test-backends.conf;
                        include conf.d/annual-report-server.conf;
                    }
                    """.formatted(dir, log));
            Process process = new ProcessBuilder(binary.toString(), "-p", dir + "/", "-c", etc.resolve("nginx.conf").toString(),
                    "-e", log.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
            Nginx nginx = new Nginx(httpPort, httpsPort, process, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!nginx.listening())
            {
                if (!process.isAlive() || System.nanoTime() > deadline)
                {
                    String out = Files.readString(dir.resolve("nginx.out")) + (Files.exists(log) ? Files.readString(log) : "");
                    process.destroyForcibly();
                    throw new AssertionError("nginx did not start: " + out);
                }
                Thread.sleep(50);
            }
            return nginx;
        }

        private boolean listening()
        {
            try (Socket s = new Socket())
            {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 200);
                return true;
            }
            catch (IOException e)
            {
                return false;
            }
        }

        void stop()
        {
            process.destroy();
            try
            {
                if (!process.waitFor(10, TimeUnit.SECONDS))
                {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            catch (InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
        }

        Response send(String method, String target, Map<String, String> headers, int bodyBytes) throws IOException
        {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), httpPort))
            {
                return exchange(socket, method, target, headers, bodyBytes, true);
            }
        }

        Response sendHeadersOnly(String method, String target, Map<String, String> headers) throws IOException
        {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), httpPort))
            {
                return exchange(socket, method, target, headers, 0, false);
            }
        }

        Response sendTls(String method, String target, Map<String, String> headers) throws Exception
        {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", httpsPort))
            {
                socket.startHandshake();
                return exchange(socket, method, target, headers, 0, true);
            }
        }

        private Response exchange(Socket socket, String method, String target, Map<String, String> headers, int bodyBytes,
                boolean sendLength) throws IOException
        {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            head.append("Host: zwgk.example.gov.cn:").append(httpPort).append("\r\nConnection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (sendLength && (bodyBytes > 0 || method.equals("POST")))
            {
                head.append("Content-Length: ").append(bodyBytes).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            for (int sent = 0; sent < bodyBytes; sent += chunk.length)
            {
                out.write(chunk, 0, Math.min(chunk.length, bodyBytes - sent));
            }
            out.flush();
            return Response.read(socket.getInputStream());
        }
    }

    /** Trusts the test's self-signed certificate (and any other: the socket goes to 127.0.0.1 only). */
    static final class TrustAll implements X509TrustManager
    {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
        {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
        {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers()
        {
            return new X509Certificate[0];
        }
    }

    /** Status and headers (names in lower case) of an HTTP/1.1 response; the body is not needed. */
    record Response(int status, Map<String, List<String>> headers)
    {
        String header(String name)
        {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        static Response read(InputStream in) throws IOException
        {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1)
            {
                buffer.write(b);
                String text = buffer.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r\n\r\n"))
                {
                    break;
                }
            }
            String[] lines = buffer.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            assertThat(lines[0]).as("status line").startsWith("HTTP/1.1 ");
            Map<String, List<String>> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++)
            {
                int colon = lines[i].indexOf(':');
                if (colon > 0)
                {
                    headers.computeIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).strip());
                }
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers);
        }
    }

    /** What a backend received: the request target as sent, headers (lower case), body size. */
    record Recorded(String method, String target, Map<String, String> headers, long bodyBytes)
    {
    }

    /** Stands for the repository or Share: answers 200 (a session cookie, an absolute http:// redirect on request). */
    static final class Backend
    {
        final String name;
        final ConcurrentLinkedQueue<Recorded> requests = new ConcurrentLinkedQueue<>();
        private HttpServer server;

        Backend(String name)
        {
            this.name = name;
        }

        void start() throws IOException
        {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", this::handle);
            server.start();
        }

        int port()
        {
            return server.getAddress().getPort();
        }

        Recorded last()
        {
            return requests.stream().reduce((a, b) -> b).orElseThrow(() -> new AssertionError(name + " received nothing"));
        }

        private void handle(HttpExchange exchange) throws IOException
        {
            long body;
            try (InputStream in = exchange.getRequestBody())
            {
                body = in.transferTo(OutputStream.nullOutputStream());
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(new Recorded(exchange.getRequestMethod(), target, headers, body));
            exchange.getResponseHeaders().add("X-Backend", name);
            exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=4F2A; Path=/" + name + "; HttpOnly");
            if (target.endsWith("/redirect-me"))
            {
                exchange.getResponseHeaders().add("Location", "http://" + headers.get("host") + "/share/page");
                exchange.sendResponseHeaders(302, -1);
            }
            else
            {
                byte[] bytes = ("ok " + name + "\n").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        }

        void stop()
        {
            if (server != null)
            {
                server.stop(0);
                ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
            }
        }
    }
}
