package io.github.zwgk.annualreport.engine.text;

import java.util.Random;

/** Short random strings over a small alphabet of the characters a text routine treats specially. */
final class RandomText
{
    private RandomText()
    {
    }

    static String of(Random random, char[] alphabet, int maxLength)
    {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++)
        {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
