package carma.optimization.heuristic;

import carma.optimization.fairness.FillingResult;
import carma.optimization.fairness.ProgressiveFilling;
import carma.optimization.fairness.Resources;
import carma.optimization.fairness.RouteLoads;
import carma.optimization.fairness.TreeFlows;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.IndexedInstance;
import carma.optimization.routing.ForwardingTree;
import carma.optimization.routing.ShortestPathRouting;
import carma.optimization.routing.WidestPathRouting;
import carma.optimization.solution.Allocation;
import carma.optimization.solution.FairMeshAssociation;
import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.ResultAssembler;
import carma.optimization.solution.SolveStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast heuristic (fair-mesh.md §A.2, our reconstruction and extension): (1) widest-path routing
 * with link weights c_e / |I(e)|, plus minimum-ETT and minimum-hop trees as further starting
 * routings; (2) end-to-end aware association argmax min(r_um, ρ_m), and a greedy load-aware one;
 * (3) local search on the bottleneck resource (user moves and re-routing), evaluating the max-min
 * rate 1 / max load of each configuration; (4) progressive filling of the best configuration gives
 * the rates. Routes are trees, so the result satisfies (1)–(8c) for either routing mode.
 */
public final class MaxMinFairHeuristicAssociation implements FairMeshAssociation {
    /** Default cap on local-search steps per start. */
    public static final int DEFAULT_MAX_ITERATIONS = 5_000;
    /** Default number of tabu steps per start. */
    public static final int DEFAULT_TABU_STEPS = 300;
    private static final int TABU_TENURE = 10;
    /** Tabu search stops this many steps after its last improvement. */
    private static final int TABU_PATIENCE = 60;
    /** Above this many users only the widest-path tree is used as a start (time budget). */
    static final int LARGE_INSTANCE_USERS = 300;
    /** Tabu steps shrink as 1/users beyond this product, down to {@link #MIN_TABU_STEPS}. */
    private static final int TABU_WORK = 20_000;
    private static final int MIN_TABU_STEPS = 10;
    private static final int BALANCING_SWEEPS = 5;
    private final int maxIterations;
    private final int tabuSteps;

    public MaxMinFairHeuristicAssociation() {
        this(DEFAULT_MAX_ITERATIONS, DEFAULT_TABU_STEPS);
    }

    public MaxMinFairHeuristicAssociation(int maxIterations, int tabuSteps) {
        this.maxIterations = maxIterations;
        this.tabuSteps = tabuSteps;
    }

    @Override
    public String method() {
        return "heuristic";
    }

    @Override
    public FairMeshResult solve(FairMeshInstance instance) {
        long start = System.nanoTime();
        IndexedInstance net = new IndexedInstance(instance);
        Configuration best = configure(net);
        FillingResult filling = ProgressiveFilling.fill(net, best.mapOfUser(), new RouteLoads(net, best.tree()));
        Allocation allocation = TreeFlows.allocation(net, best.mapOfUser(), best.tree(), filling.rateBps());
        long ms = (System.nanoTime() - start) / 1_000_000;
        return ResultAssembler.assemble(net, method(), null, SolveStatus.FEASIBLE, null, null, ms, allocation)
                .withBottleneck(Resources.name(net, filling.firstBottleneck()));
    }

    /** The best association and forwarding tree found (also the MILP's warm start). */
    public Configuration configure(IndexedInstance net) {
        LoadModel best = null;
        double bestLoad = Double.POSITIVE_INFINITY;
        List<ForwardingTree> trees = startingTrees(net);
        if (net.userCount() > LARGE_INSTANCE_USERS) {
            trees = trees.subList(0, 1);
        }
        int steps = Math.max(MIN_TABU_STEPS, Math.min(tabuSteps, TABU_WORK / net.userCount()));
        for (ForwardingTree tree : trees) {
            RouteLoads routes = new RouteLoads(net, tree);
            for (int[] association : List.of(InitialAssociation.endToEndAware(net, routes),
                    InitialAssociation.greedyLoadAware(net, routes))) {
                LoadModel model = new LoadModel(net, tree, association);
                BottleneckLocalSearch.descend(net, model, maxIterations);
                model = TabuSearch.search(net, model, steps, TABU_TENURE, TABU_PATIENCE);
                if (model.maxLoad() < bestLoad) {
                    bestLoad = model.maxLoad();
                    best = model;
                }
            }
        }
        LoadBalancing.balance(net, best, BALANCING_SWEEPS);
        return new Configuration(best.association(), best.tree());
    }

    private static List<ForwardingTree> startingTrees(IndexedInstance net) {
        List<ForwardingTree> trees = new ArrayList<>();
        trees.add(WidestPathRouting.route(net, WidestPathRouting.contentionWeights(net)));
        for (ShortestPathRouting.Metric metric : ShortestPathRouting.Metric.values()) {
            ForwardingTree tree = ShortestPathRouting.route(net, metric);
            if (trees.stream().noneMatch(t -> java.util.Arrays.equals(t.nextLink(), tree.nextLink()))) {
                trees.add(tree);
            }
        }
        return trees;
    }

    /** An association (MAP per user) with the forwarding tree that carries it. */
    public record Configuration(int[] mapOfUser, ForwardingTree tree) {}
}
