package io.github.zwgk.annualreport.engine.extract;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a zip container (docx) once, counting, and refuses it when an entry expands more than 100
 * times its compressed size (after a 100 KiB grace) or the whole expands beyond a fixed ceiling.
 * <p>
 * Why not POI's own ZipSecureFile check: Tika's OOXMLParser switches it off for the whole JVM
 * ({@code ZipSecureFile.setMinInflateRatio(-1)} in its static initialiser) and relies on its SecureContentHandler,
 * which only looks at text already produced, long after POI has built the document in memory. The same 1:100 ratio
 * as POI's default ({@code MIN_INFLATE_RATIO = 0.01}) applies here, without touching that global setting.
 */
final class ZipBombGuard
{
    /** POI's default: compressed/inflated below 0.01 is a bomb. */
    static final int MAX_RATIO = 100;
    /** POI's default grace: small entries may compress arbitrarily well. */
    static final long GRACE = 100 * 1024;
    /** Ceiling for one entry and for the whole container: no real report's docx comes near. */
    static final long MAX_ENTRY = 256L * 1024 * 1024;
    static final long MAX_TOTAL = 512L * 1024 * 1024;
    /** More entries than this is not a report (Tika uses the same bound, ZipSecureFile.setMaxFileCount). */
    static final int MAX_ENTRIES = 10_000;

    private ZipBombGuard()
    {
    }

    /** Whether the bytes start like a zip (local file header "PK\3\4"). */
    static boolean isZip(byte[] b)
    {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /**
     * @throws UnreadableException ZIP_BOMB when the container inflates suspiciously; a zip that cannot even be read
     *                             this way is left to the parser, which reports it CORRUPT
     */
    static void check(byte[] zip) throws UnreadableException
    {
        CountingInputStream raw = new CountingInputStream(new ByteArrayInputStream(zip));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(raw))
        {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null)
            {
                if (++entries > MAX_ENTRIES)
                {
                    throw bomb("more than " + MAX_ENTRIES + " entries");
                }
                long rawStart = raw.count;
                long inflated = 0;
                int n;
                while ((n = in.read(buffer)) > 0)
                {
                    inflated += n;
                    total += n;
                    // raw.count runs ahead by at most the inflater's input buffer: slightly lenient, never strict
                    long compressed = Math.max(1, raw.count - rawStart);
                    if (inflated > GRACE && inflated > compressed * MAX_RATIO)
                    {
                        throw bomb(entry.getName() + " expands more than " + MAX_RATIO + " times");
                    }
                    if (inflated > MAX_ENTRY || total > MAX_TOTAL)
                    {
                        throw bomb(entry.getName() + " expands beyond " + (MAX_ENTRY >> 20) + " MiB");
                    }
                }
            }
        }
        catch (IOException | IllegalArgumentException e)
        {
            // not readable as a stream of zip entries: the parser decides (CORRUPT, or fine via the central directory)
        }
    }

    private static UnreadableException bomb(String detail)
    {
        return new UnreadableException(UnreadableReason.ZIP_BOMB, detail);
    }

    /** Counts the compressed bytes the inflater has consumed. */
    private static final class CountingInputStream extends FilterInputStream
    {
        long count;

        CountingInputStream(InputStream in)
        {
            super(in);
        }

        @Override
        public int read() throws IOException
        {
            int b = super.read();
            if (b >= 0)
            {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException
        {
            int n = super.read(b, off, len);
            if (n > 0)
            {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException
        {
            long s = super.skip(n);
            count += Math.max(0, s);
            return s;
        }
    }
}
