package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Output} writes the bytes an encoding {@link PrintWriter} writes, in the same order. */
class Utf8OutputTest {
    @Test
    void longAndShortStringsInOrderAsTheEncoderWritesThem() {
        Random random = new Random(20260101L);
        String[] alphabet = {"a", "z", "-", "\n", ": ", "é", "€", "日", "\uD83D\uDE00"};
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        PrintWriter a = new Utf8Output(direct);
        PrintWriter b = new PrintWriter(new OutputStreamWriter(encoded, StandardCharsets.UTF_8), true);
        for (int i = 0; i < 40; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextBoolean() ? random.nextInt(100) : 8000 + random.nextInt(30000);
            while (s.length() < length) {
                s.append(alphabet[random.nextInt(random.nextBoolean() ? 5 : alphabet.length)]);
            }
            String text = s.toString();
            a.print(text);
            b.print(text);
            a.write(text, 1, text.length() - 1);
            b.write(text, 1, text.length() - 1);
            a.println(i);
            b.println(i);
        }
        a.flush();
        b.flush();

        assertThat(direct.size()).isGreaterThan(40 * 8000);
        assertThat(direct.toByteArray()).isEqualTo(encoded.toByteArray());
        assertThat(a.checkError()).isFalse();
    }
}
