package carma.scenario;

import carma.kernel.clock.Clock;
import carma.kernel.clock.OverrunPolicy;
import carma.kernel.clock.VirtualClock;
import carma.kernel.clock.WallClockPacer;
import carma.kernel.random.RandomStreams;
import carma.kernel.report.RunObserver;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.time.SimTime;
import carma.kernel.trace.TraceBus;
import carma.scenario.corenet.CorenetAssembler;
import carma.scenario.mesh.MeshAssembler;
import carma.scenario.queue.QueueAssembler;
import carma.scenario.ran.RanAssembler;
import java.util.ArrayList;
import java.util.List;

/** Builds the model objects of a scenario: one simulator, one trace bus, one seed, every section. */
public final class Assembler {
    private Assembler() {}

    public static Emulation assemble(ScenarioSpec spec) {
        ClockSpec c = spec.clock();
        Clock clock = c.mode() == ClockSpec.Mode.REALTIME ? new WallClockPacer() : new VirtualClock();
        long tickNs = Math.round(c.tickMs() * 1e6);
        SimulatorConfig cfg = new SimulatorConfig(tickNs, SimTime.nanosOfSeconds(spec.durationS()), clock,
                c.onOverrun() == ClockSpec.Overrun.FAIL ? OverrunPolicy.FAIL : OverrunPolicy.BEST_EFFORT,
                Math.round(c.lateMs() * 1e6));
        TraceBus bus = new TraceBus();
        Simulator sim = new Simulator(cfg, new RandomStreams(spec.seed()), bus);
        List<RunObserver> observers = new ArrayList<>();
        ModelSection.Visitor<List<RunObserver>> builder = new ModelSection.Visitor<>() {
            @Override
            public List<RunObserver> queue(QueueSection section) {
                return QueueAssembler.build(section, sim);
            }

            @Override
            public List<RunObserver> ran(RanSection section) {
                return RanAssembler.build(section, sim);
            }

            @Override
            public List<RunObserver> mesh(MeshSection section) {
                return MeshAssembler.build(section, sim);
            }

            @Override
            public List<RunObserver> corenet(CorenetSection section) {
                return CorenetAssembler.build(section, sim);
            }
        };
        for (ModelSection section : spec.models()) {
            observers.addAll(section.accept(builder));
        }
        return new Emulation(spec, sim, bus, observers);
    }
}
