package org.newskg.serve.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.Passwords;
import org.newskg.serve.ServerConfig;

/** {@code serve --https KEYSTORE}: the server answers over TLS with the keystore's certificate. */
class HttpsIT {
    @TempDir
    Path dir;

    @Test
    void theServerAnswersOverHttpsWithTheKeystoresCertificate() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Path keystorePasswd = dir.resolve("keystore.passwd");
        Files.writeString(keystorePasswd, "changeit-7c2e\n");
        Files.setPosixFilePermissions(keystorePasswd, PosixFilePermissions.fromString("rw-------"));
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "newskg", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit-7c2e")
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS), "keytool finished");
        assertEquals(0, keytool.exitValue(), new String(keytool.getInputStream().readAllBytes()));

        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path passwords = dir.resolve("data.passwd");
        Passwords.ensure(passwords);
        int httpsPort;
        try (ServerSocket free = new ServerSocket(0)) {
            httpsPort = free.getLocalPort();
        }
        FusekiServer.Builder builder = NewskgServer.create(ServerConfig.read(ServerConfig.SOURCE), data, passwords).port(0);
        FusekiServer server = NewskgServer.https(builder, httpsPort, keystore, keystorePasswd).build().start();
        try {
            HttpClient tls = HttpClient.newBuilder().sslContext(trusting()).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> r = tls.send(HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/$/ping"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.sslSession().isPresent());
            X509Certificate cert = (X509Certificate) r.sslSession().get().getPeerCertificates()[0];
            assertEquals("CN=localhost", cert.getSubjectX500Principal().getName());
        } finally {
            server.stop();
        }
    }

    @Test
    void aKeystorePasswordFileOthersCanReadIsRefused() throws Exception {
        Path keystorePasswd = dir.resolve("open.passwd");
        Files.writeString(keystorePasswd, "pw\n");
        Files.setPosixFilePermissions(keystorePasswd, PosixFilePermissions.fromString("rw-r--r--"));
        Path keystore = Files.writeString(dir.resolve("ks.p12"), "");
        Path passwords = dir.resolve("data.passwd");
        Passwords.ensure(passwords);
        FusekiServer.Builder builder = NewskgServer.create(ServerConfig.read(ServerConfig.SOURCE), dir.resolve("data"), passwords);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> NewskgServer.https(builder, 0, keystore, keystorePasswd));
        assertTrue(e.getMessage().contains("chmod 600 " + keystorePasswd), e.getMessage());
    }

    /** A client that accepts the test's self-signed certificate. */
    private static SSLContext trusting() throws Exception {
        X509TrustManager all = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] { all }, null);
        return ssl;
    }

}
