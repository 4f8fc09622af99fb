#!/usr/bin/env python3
"""SIR and the independent cascade side by side: InfluenceSim against EoN and NDlib on the same graph.

Draws a directed Erdos-Renyi graph (mean out-degree 10) with networkx, writes it as an edge list and two classic
scenarios that read it, times InfluenceSim's `bench` on them, then times EoN (fast_SIR, continuous time, and
basic_discrete_SIR, the discrete cascade) and NDlib (SIRModel, IndependentCascadesModel) on the same networkx
graph from the same number of random seeds. Parameters: SIR b = 0.05, r = 0.2 per step (NDlib the same; EoN's
rates tau = 0.263, gamma = 1 give the same transmissibility T = 0.208); cascade p = 0.15.

    PYTHONPATH=EON_SOURCES:NDLIB_SOURCES:NETDISPATCH_SOURCES python3 scripts/bench/classic-peers.py NODES RUNS [INFLUENCESIM]

INFLUENCESIM is the command that runs InfluenceSim (default: dotnet src/InfluenceSim.Cli/bin/Release/net10.0/influencesim.dll).
"""
import json
import os
import random
import shlex
import subprocess
import sys
import tempfile
import time

import networkx as nx
import EoN
import ndlib.models.ModelConfig as mc
import ndlib.models.epidemics as ep

nodes, runs = int(sys.argv[1]), int(sys.argv[2])
influencesim = shlex.split(sys.argv[3] if len(sys.argv) > 3 else "dotnet src/InfluenceSim.Cli/bin/Release/net10.0/influencesim.dll")
B, R, P, SEEDS, STEPS = 0.05, 0.2, 0.15, 10, 300
TAU, GAMMA = 0.263, 1.0

clock = time.perf_counter()
graph = nx.fast_gnp_random_graph(nodes, 10 / (nodes - 1), seed=1, directed=True)
print(f"graph: {nodes:,} nodes, {graph.number_of_edges():,} edges, drawn in {time.perf_counter() - clock:.1f} s", flush=True)

folder = tempfile.mkdtemp(prefix="classic-peers-")
with open(os.path.join(folder, "edges.csv"), "w") as edges:
    edges.write("follower,followed\n")
    edges.writelines(f"{u},{v}\n" for v, u in graph.edges())  # v can infect u: u follows v
parameters = {"sir": {"transmission": B, "recovery": R}, "independent-cascade": {"activation": P}}  # each model takes only its own
for model in ("sir", "independent-cascade"):
    scenario = {"name": f"peers-{model}", "seed": 10, "steps": STEPS, "replicates": runs, "model": model,
                "classic": {**parameters[model], "seeds": {"count": SEEDS}},
                "network": {"model": "edgelist", "path": "edges.csv"},
                "segments": [{"id": "everyone", "size": nodes}]}
    path = os.path.join(folder, f"{model}.json")
    with open(path, "w") as file:
        json.dump(scenario, file)
    for run in range(runs):  # bench times replicate 0: the same seeds each run, so the runs show the timing's spread
        out = subprocess.run(influencesim + ["bench", path, "--allow-outside-files"], capture_output=True, text=True, check=True).stdout
        steps = next(line for line in out.splitlines() if line.startswith("steps"))
        build = next(line for line in out.splitlines() if line.startswith("world build"))
        seconds = float(steps.split(": ")[1].split(" s in all")[0])
        print(f"InfluenceSim {model:20} run {run}: {seconds:.3f} s for {STEPS} steps ({' '.join(build.split('(')[0].split())})", flush=True)

rng = random.Random(2)
for run in range(runs):
    seeds = rng.sample(range(nodes), SEEDS)
    clock = time.perf_counter()
    t, S, I, Rm = EoN.fast_SIR(graph, TAU, GAMMA, initial_infecteds=seeds)
    print(f"EoN fast_SIR run {run}: {time.perf_counter() - clock:.2f} s, {Rm[-1]:,} removed", flush=True)
    clock = time.perf_counter()
    t, S, I, Rm = EoN.basic_discrete_SIR(graph, P, initial_infecteds=seeds)
    print(f"EoN basic_discrete_SIR (cascade) run {run}: {time.perf_counter() - clock:.2f} s, {Rm[-1]:,} reached", flush=True)

for run in range(runs):
    seeds = rng.sample(range(nodes), SEEDS)
    for name, make in (("SIRModel", ep.SIRModel), ("IndependentCascadesModel", ep.IndependentCascadesModel)):
        model = make(graph, seed=run)
        config = mc.Configuration()
        if name == "SIRModel":
            config.add_model_parameter("beta", B)
            config.add_model_parameter("gamma", R)
        else:
            for edge in graph.edges():
                config.add_edge_configuration("threshold", edge, P)
        config.add_model_initial_configuration("Infected", seeds)
        model.set_initial_status(config)
        clock = time.perf_counter()
        iterations = 0
        while iterations < STEPS:
            status = model.iteration(node_status=False)
            iterations += 1
            if status["node_count"].get(1, 0) == 0:
                break
        print(f"NDlib {name} run {run}: {time.perf_counter() - clock:.2f} s for {iterations} iterations, counts {status['node_count']}", flush=True)
