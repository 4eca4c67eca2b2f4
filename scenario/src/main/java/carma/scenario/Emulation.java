package carma.scenario;

import carma.kernel.report.RunObserver;
import carma.kernel.sim.Simulator;
import carma.kernel.trace.TraceBus;
import java.util.List;

/** An assembled scenario: the simulator with every model component wired, and its observers. */
public record Emulation(ScenarioSpec spec, Simulator simulator, TraceBus traceBus, List<RunObserver> observers) {
    public Emulation {
        observers = List.copyOf(observers);
    }
}
