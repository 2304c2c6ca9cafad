package com.hospitalplan.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The mail an in-process mail server received for one address, other tests' mail aside. */
final class ReceivedMail {

    private ReceivedMail() {}

    static List<MimeMessage> to(GreenMailExtension server, String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    /**
     * Waits until {@code address} has {@code count} mails (at most 15 s), then a second more so that one too many
     * would have arrived as well; returns what it has then.
     */
    static List<MimeMessage> await(GreenMailExtension server, String address, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (to(server, address).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1_000);
        return to(server, address);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
