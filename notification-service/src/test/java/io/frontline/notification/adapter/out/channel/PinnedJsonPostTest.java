package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.port.out.SendFailed;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17, the edge: a webhook is posted to the address its name resolved to when it was checked. The receiver here
 * answers on loopback under a name that never resolves ({@code .invalid}), with a certificate for that name only: the
 * post arrives only if the connection goes to the address checked while the Host header, the TLS server name and the
 * certificate check use the URL's name — a client that looked the name up again (the JDK's) could not even connect.
 */
class PinnedJsonPostTest {
    private static final String NAME = "hooks.rebinding.invalid";
    private static final String PASSWORD = "test-only-password";

    @TempDir
    static Path folder;

    private static Vertx vertx;
    private static HttpServer receiver;
    private static Path keyStore;
    private static final List<String> calls = new CopyOnWriteArrayList<>();

    record Call(String host, String serverName, String uri, String signature, String body) {
    }

    private static final List<Call> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void aReceiverWithACertificateForItsNameOnly() throws Exception {
        keyStore = folder.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=" + NAME, "-ext", "SAN=dns:" + NAME, "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        vertx = Vertx.vertx();
        receiver = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true).setHost("127.0.0.1")
                        .setKeyCertOptions(new PfxOptions().setPath(keyStore.toString()).setPassword(PASSWORD)))
                .requestHandler(request -> request.body().onSuccess(body -> {
                    calls.add(request.uri());
                    if (request.path().equals("/moved")) {
                        request.response().setStatusCode(302).putHeader("Location", "/elsewhere").end();
                        return;
                    }
                    received.add(new Call(request.getHeader("Host"), request.connection().indicatedServerName(),
                            request.uri(), request.getHeader(WebhookChannel.SIGNATURE), body.toString()));
                    request.response().setStatusCode(204).end();
                }))
                .listen(0).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static PinnedJsonPost client;

    /** One client, as the webhook channel has; generous timeouts (a first TLS handshake on a busy machine is slow). */
    private static PinnedJsonPost post() {
        if (client == null) {
            client = new PinnedJsonPost(vertx, Duration.ofSeconds(20), Optional.of(keyStore.toString()),
                    Optional.of(PASSWORD));
        }
        return client;
    }

    private static WebhookTargets.Target target(String url) throws UnknownHostException {
        return new WebhookTargets.Target(URI.create(url), InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void the_post_goes_to_the_address_checked_with_the_urls_name_for_host_tls_and_certificate() throws Exception {
        assertThatThrownBy(() -> InetAddress.getByName(NAME)).as("the name itself never resolves")
                .isInstanceOf(UnknownHostException.class);
        String body = "{\"eventId\":\"e-1\"}";
        post().send(target("https://" + NAME + ":" + receiver.actualPort() + "/hooks/team-7?token=abc"),
                SignedJsonPost.signatureHeaders("secret", "1700000000", "e-1", body), body, Duration.ofSeconds(20),
                "webhook");

        assertThat(received).hasSize(1);
        Call call = received.get(0);
        assertThat(call.host()).isEqualTo(NAME + ":" + receiver.actualPort());
        assertThat(call.serverName()).as("TLS server name").isEqualTo(NAME);
        assertThat(call.uri()).isEqualTo("/hooks/team-7?token=abc");
        assertThat(call.signature()).isEqualTo("sha256=" + WebhookChannel.sign("secret", "1700000000", body));
        assertThat(call.body()).isEqualTo(body);
    }

    @Test
    void a_certificate_for_another_name_is_refused_although_the_address_is_the_checked_one() {
        assertThatThrownBy(() -> post().send(target("https://other.rebinding.invalid:" + receiver.actualPort() + "/x"),
                Map.of(), "{}", Duration.ofSeconds(20), "webhook"))
                .isInstanceOf(SendFailed.class).hasMessageStartingWith("webhook: ");
        assertThat(calls).doesNotContain("/x");
    }

    @Test
    void a_redirect_is_not_followed_and_fails_the_send() {
        assertThatThrownBy(() -> post().send(target("https://" + NAME + ":" + receiver.actualPort() + "/moved"),
                Map.of(), "{}", Duration.ofSeconds(20), "webhook"))
                .isInstanceOf(SendFailed.class).hasMessage("webhook answered 302");
        assertThat(calls).contains("/moved").doesNotContain("/elsewhere");
    }
}
