package io.frontline.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The stack's mail server: GreenMail accepting SMTP, and a small HTTP reader of what it received —
 * {@code GET /mails} as JSON ({@code from, to, subject, sentAt, text}), {@code GET /mails.txt} as text.
 * Arguments: SMTP port, HTTP port. Mails are kept in memory only.
 */
public final class MailKeeper {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MailKeeper() {
    }

    public static void main(String[] args) throws Exception {
        int smtpPort = Integer.parseInt(args[0]);
        int httpPort = Integer.parseInt(args[1]);
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        HttpServer http = HttpServer.create(new InetSocketAddress("localhost", httpPort), 0);
        http.createContext("/mails", exchange -> {
            try {
                List<Map<String, Object>> mails = read(greenMail.getReceivedMessages());
                if (exchange.getRequestURI().getPath().endsWith(".txt")) {
                    answer(exchange, "text/plain; charset=utf-8", asText(mails));
                } else {
                    answer(exchange, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(mails));
                }
            } catch (Exception e) {
                answer(exchange, 500, "text/plain; charset=utf-8", "could not read the mails: " + e.getMessage());
            }
        });
        http.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            greenMail.stop();
            stopped.countDown();
        }, "mail-stop"));
        System.out.println("SMTP on port " + smtpPort + ", mail reader on http://localhost:" + httpPort + "/mails");
        stopped.await();
    }

    static List<Map<String, Object>> read(MimeMessage[] messages) throws Exception {
        List<Map<String, Object>> mails = new ArrayList<>();
        for (MimeMessage message : messages) {
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("from", addresses(message.getFrom()));
            mail.put("to", addresses(message.getRecipients(Message.RecipientType.TO)));
            mail.put("subject", message.getSubject());
            mail.put("sentAt", message.getSentDate() == null ? null : message.getSentDate().toInstant().toString());
            mail.put("text", text(message));
            mails.add(mail);
        }
        return mails;
    }

    /** The plain-text part, or the HTML part without its tags when there is no plain text. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent()).replaceAll("<[^>]+>", " ").replaceAll("[ \\t]+", " ");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/plain") || body.isMimeType("multipart/*")) {
                    String text = text(body);
                    if (!text.isEmpty()) {
                        return text;
                    }
                } else if (body.isMimeType("text/html") && html == null) {
                    html = text(body);
                }
            }
            return html == null ? "" : html;
        }
        return "";
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static String asText(List<Map<String, Object>> mails) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> mail : mails) {
            out.append("From:    ").append(String.join(", ", (List<String>) mail.get("from"))).append('\n')
                    .append("To:      ").append(String.join(", ", (List<String>) mail.get("to"))).append('\n')
                    .append("Sent:    ").append(mail.get("sentAt")).append('\n')
                    .append("Subject: ").append(mail.get("subject")).append("\n\n")
                    .append(String.valueOf(mail.get("text")).strip()).append("\n\n----\n");
        }
        return out.length() == 0 ? "(no mails)\n" : out.toString();
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        answer(exchange, 200, type, body);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
