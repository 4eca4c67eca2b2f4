package carma.traffic.session;

import carma.traffic.distribution.Geometric;
import carma.traffic.source.CbrParameters;
import carma.traffic.source.FtpParameters;
import carma.traffic.source.SourceParameters;
import carma.traffic.source.VoiceParameters;
import carma.traffic.source.WebBrowsingParameters;

/**
 * Everything the RAN needs to emulate the users of one service: QoS requirements, the session
 * level and the packet level. AROMA models the session level the same way for every service
 * (paper §5.2.5), so sessions always end by the {@link SessionProcess}; packet sources run while
 * the session is active.
 *
 * @param profile QoS class and requirements
 * @param sessions session arrivals and holding times
 * @param packets the packet source of an active session
 */
public record ServiceTraffic(ServiceProfile profile, SessionParameters sessions, SourceParameters packets) {
    public ServiceTraffic {
        if (profile == null || sessions == null || packets == null) {
            throw new IllegalArgumentException("profile, sessions and packets must all be given");
        }
    }

    /** AROMA voice: 1 call/h of 120 s on average [confirmed]; 12.2 kbit/s on/off speech. */
    public static ServiceTraffic aromaVoice() {
        return new ServiceTraffic(ServiceProfile.voice(), SessionParameters.aromaVoice(), VoiceParameters.aromaAmr122());
    }

    /**
     * Video streaming at 192 kbit/s CBR. Session level [reconstructed]: 1 session/h of 120 s on
     * average, the length of the video sequence of AROMA case study II.
     */
    public static ServiceTraffic aromaVideoStreaming() {
        return new ServiceTraffic(ServiceProfile.videoStreaming(), new SessionParameters(1.0, 120.0, 100.0),
                CbrParameters.uutVideo192k());
    }

    /**
     * 30.03 web browsing on a 384 kbit/s bearer (D_d = 0.0104 s). Session level [reconstructed]:
     * 1 session/h; packet calls go on until the session process ends the session, whose mean
     * holding is the 30.03 mean session duration {@code E[H] = 5·24·D_d + 4·D_pc}, so a session
     * starts {@code 1 + E[H] / (D_pc + 24·D_d) ≈ 5} packet calls on average, as in 30.03.
     */
    public static ServiceTraffic aromaWebBrowsing() {
        WebBrowsingParameters umts3003 = WebBrowsingParameters.umts3003(0.0104);
        WebBrowsingParameters endless = new WebBrowsingParameters(new Geometric(Double.POSITIVE_INFINITY),
                umts3003.meanReadingTimeS(), umts3003.datagramsPerPacketCall(), umts3003.meanDatagramIntervalS(),
                umts3003.datagramSizeBytes());
        return new ServiceTraffic(ServiceProfile.webBrowsing(),
                new SessionParameters(1.0, umts3003.meanSessionDurationS(), 100.0), endless);
    }

    /** 3GPP FTP downloads. Session level [reconstructed]: 1 session/h of 600 s on average. */
    public static ServiceTraffic ftpBackground() {
        return new ServiceTraffic(ServiceProfile.ftpBackground(), new SessionParameters(1.0, 600.0, 100.0),
                FtpParameters.threeGpp());
    }
}
