package carma.radio.propagation;

import carma.kernel.random.RandomStreams;
import carma.radio.deployment.Deployment;
import carma.radio.geometry.Grid;
import java.util.List;

/**
 * The AROMA propagation chain for a deployment: UMTS 30.03 vehicular path loss at each cell's
 * carrier and antenna height, the antenna pattern, and one spatially correlated shadowing map per
 * site, all over a grid spaced at the decorrelation distance.
 *
 * @param shadowingSigmaDb AROMA: 10 dB
 * @param decorrelationM AROMA: 20 m (also the grid spacing)
 * @param minCouplingLossDb TR 25.942 macro: 70 dB
 * @param interSiteCorrelation correlation of the shadowing towards different sites at the same
 *     point (0: independent, as AROMA states nothing; 0.5: TR 25.942)
 */
public record PropagationSetup(double shadowingSigmaDb, double decorrelationM, ShadowingCorrelation correlation,
        double minCouplingLossDb, double interSiteCorrelation) {
    public PropagationSetup {
        if (!(shadowingSigmaDb >= 0) || !(decorrelationM > 0) || !(interSiteCorrelation >= 0 && interSiteCorrelation <= 1)) {
            throw new IllegalArgumentException("invalid propagation setup");
        }
    }

    /** σ = 10 dB, 20 m (30.03 convention), MCL 70 dB, inter-site correlation 0.5. */
    public static PropagationSetup aroma() {
        return builder().build();
    }

    /**
     * Builds the matrix; the shadowing map of site s comes from stream {@code "radio.shadowing.site-s"},
     * the part common to all sites from {@code "radio.shadowing.common"}.
     */
    public PropagationMatrix build(Deployment deployment, RandomStreams streams) {
        Grid grid = new Grid(deployment.area(), decorrelationM);
        ShadowingField[] fields = new ShadowingField[deployment.siteCount()];
        ShadowingField common = shadowingSigmaDb == 0 || interSiteCorrelation == 0 ? null
                : ShadowingField.generate(grid, shadowingSigmaDb, decorrelationM, correlation,
                        streams.stream("radio.shadowing.common"));
        for (int s = 0; s < fields.length; s++) {
            if (shadowingSigmaDb == 0) {
                fields[s] = ShadowingField.none(grid);
                continue;
            }
            ShadowingField own = ShadowingField.generate(grid, shadowingSigmaDb, decorrelationM, correlation,
                    streams.stream("radio.shadowing.site-" + s));
            fields[s] = common == null ? own : ShadowingField.combine(common, own, interSiteCorrelation);
        }
        List<LossTerm> chain = List.of(
                LossTerm.pathLoss(c -> new Umts3003PathLoss(c.carrierHz(), c.antennaHeightM(), minCouplingLossDb)),
                LossTerm.antennaGain(),
                LossTerm.shadowing(fields));
        return PropagationMatrix.compute(deployment, grid, chain);
    }

    /** A builder holding the AROMA values of {@link #aroma()}. */
    public static Builder builder() {
        return new Builder()
                .shadowingSigmaDb(10)
                .decorrelationM(20)
                .correlation(ShadowingCorrelation.HALF_AT_DECORRELATION_DISTANCE)
                .minCouplingLossDb(70)
                .interSiteCorrelation(0.5);
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .shadowingSigmaDb(shadowingSigmaDb)
                .decorrelationM(decorrelationM)
                .correlation(correlation)
                .minCouplingLossDb(minCouplingLossDb)
                .interSiteCorrelation(interSiteCorrelation);
    }

    /** Named construction of a {@link PropagationSetup}; every component is set by name. */
    public static final class Builder {
        private double shadowingSigmaDb;
        private double decorrelationM;
        private ShadowingCorrelation correlation;
        private double minCouplingLossDb;
        private double interSiteCorrelation;

        private Builder() {}

        public Builder shadowingSigmaDb(double value) {
            this.shadowingSigmaDb = value;
            return this;
        }

        public Builder decorrelationM(double value) {
            this.decorrelationM = value;
            return this;
        }

        public Builder correlation(ShadowingCorrelation value) {
            this.correlation = value;
            return this;
        }

        public Builder minCouplingLossDb(double value) {
            this.minCouplingLossDb = value;
            return this;
        }

        public Builder interSiteCorrelation(double value) {
            this.interSiteCorrelation = value;
            return this;
        }

        public PropagationSetup build() {
            return new PropagationSetup(shadowingSigmaDb, decorrelationM, correlation, minCouplingLossDb,
                    interSiteCorrelation);
        }
    }
}
