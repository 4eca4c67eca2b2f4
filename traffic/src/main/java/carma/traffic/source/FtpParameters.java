package carma.traffic.source;

import carma.kernel.random.RandomStream;
import carma.traffic.PacketSource;
import carma.traffic.distribution.Geometric;
import carma.traffic.distribution.TruncatedLognormal;

/**
 * FTP download session: a geometric number of files; each file, of truncated-lognormal size (3GPP
 * FTP model: mean 2 MB, sd 0.722 MB, max 5 MB), enters the transmit buffer at its request
 * instant as packets of {@code packetSizeBits} (the last one shorter); successive requests are
 * separated by exponential reading times.
 *
 * <p>Reconstructed: the reference gives only the file size. The reading time (mean 180 s) is the
 * 3GPP2/3GPP FTP model value as we recall it; the open-loop timing (reading time counted from the
 * previous request, not from the end of its download, because a source has no feedback from the
 * RAN) is our choice.
 *
 * @param files number of files per session (geometric; infinite mean = until the session ends)
 * @param fileSizeBytes file size distribution, bytes
 * @param meanReadingTimeS mean time between file requests, s
 * @param packetSizeBits size of the packets a file is cut into, bits
 */
public record FtpParameters(Geometric files, TruncatedLognormal fileSizeBytes, double meanReadingTimeS, int packetSizeBits) implements SourceParameters {
    public FtpParameters {
        if (files == null || fileSizeBytes == null) {
            throw new IllegalArgumentException("FTP distributions must be given");
        }
        if (!(meanReadingTimeS > 0) || !Double.isFinite(meanReadingTimeS)) {
            throw new IllegalArgumentException("meanReadingTimeS must be positive and finite: " + meanReadingTimeS);
        }
        if (packetSizeBits <= 0) {
            throw new IllegalArgumentException("packetSizeBits must be positive: " + packetSizeBits);
        }
        if (fileSizeBytes.max() * 8 / packetSizeBits > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("files of " + fileSizeBytes.max() + " B need too many packets of "
                    + packetSizeBits + " bits");
        }
    }

    /** 3GPP FTP file sizes, 180 s reading time, 1500-byte packets, files until the session ends. */
    public static FtpParameters threeGpp() {
        return new FtpParameters(new Geometric(Double.POSITIVE_INFINITY), TruncatedLognormal.threeGppFtpFileBytes(),
                180.0, 12_000);
    }

    @Override
    public PacketSource newSource(RandomStream stream, long startNs) {
        return new FtpSource(this, stream, startNs);
    }
}
