package carma.mesh.link;

/** Path loss between two antennas as a function of distance. */
public interface PathLossModel {
    double pathLossDb(double distanceM);
}
