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
 */
public record PropagationSetup(double shadowingSigmaDb, double decorrelationM, ShadowingCorrelation correlation,
        double minCouplingLossDb) {
    public static PropagationSetup aroma() {
        return new PropagationSetup(10, 20, ShadowingCorrelation.HALF_AT_DECORRELATION_DISTANCE, 70);
    }

    /** Builds the matrix; the shadowing map of site s comes from stream {@code "radio.shadowing.site-s"}. */
    public PropagationMatrix build(Deployment deployment, RandomStreams streams) {
        Grid grid = new Grid(deployment.area(), decorrelationM);
        ShadowingField[] fields = new ShadowingField[deployment.siteCount()];
        for (int s = 0; s < fields.length; s++) {
            fields[s] = shadowingSigmaDb == 0 ? ShadowingField.none(grid)
                    : ShadowingField.generate(grid, shadowingSigmaDb, decorrelationM, correlation,
                            streams.stream("radio.shadowing.site-" + s));
        }
        List<LossTerm> chain = List.of(
                LossTerm.pathLoss(c -> new Umts3003PathLoss(c.carrierHz(), c.antennaHeightM(), minCouplingLossDb)),
                LossTerm.antennaGain(),
                LossTerm.shadowing(fields));
        return PropagationMatrix.compute(deployment, grid, chain);
    }
}
