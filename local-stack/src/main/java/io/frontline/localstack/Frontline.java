package io.frontline.localstack;

import io.frontline.localstack.demo.Demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** The commands of {@code bin/frontline}: up, down, status, reset, demo, mails. */
public final class Frontline {
    private Frontline() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("frontline.repo.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "help" : args[0];
        try {
            System.exit(run(command, root));
        } catch (RuntimeException e) {
            System.err.println("\nfrontline " + command + ": " + e.getMessage());
            if ("up".equals(command)) {
                System.err.println("\nThe parts that did start are still running: bin/frontline status shows them, "
                        + "bin/frontline down stops them.");
            }
            System.exit(1);
        }
    }

    private static int run(String command, Path root) {
        switch (command) {
            case "up": {
                new LocalStack(StackSettings.fromEnvironment(root, System.getenv()), System.out).up();
                return 0;
            }
            case "down": {
                LocalStack stack = new LocalStack(StackSettings.current(root, System.getenv()), System.out);
                boolean any = stack.down();
                System.out.println(any ? "Frontline stopped." : "Nothing was running.");
                return 0;
            }
            case "status": {
                LocalStack stack = new LocalStack(StackSettings.current(root, System.getenv()), System.out);
                stack.status().forEach(System.out::println);
                return 0;
            }
            case "reset": {
                LocalStack stack = new LocalStack(StackSettings.current(root, System.getenv()), System.out);
                stack.reset();
                System.out.println("Wiped " + stack.settings().home());
                return 0;
            }
            case "demo": {
                StackSettings settings = StackSettings.current(root, System.getenv());
                return new Demo(settings, System.out).run() ? 0 : 1;
            }
            case "mails": {
                StackSettings settings = StackSettings.current(root, System.getenv());
                System.out.print(get(settings.mailReaderUrl() + "/mails.txt"));
                return 0;
            }
            default: {
                System.out.println(String.join("\n",
                        "usage: bin/frontline <command>",
                        "  up      build what is missing, start everything, wait until it is ready",
                        "  down    stop everything that up started",
                        "  status  each part: running or not, answering or not",
                        "  reset   wipe the data folder (after down)",
                        "  demo    play the two stories through the running system",
                        "  mails   the mails the SMTP server received"));
                return "help".equals(command) ? 0 : 2;
            }
        }
    }

    private static String get(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("the mail reader does not answer at " + url + ": is the stack up?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
