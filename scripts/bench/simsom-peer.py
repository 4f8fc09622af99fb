#!/usr/bin/env python3
"""SimSoM's own code against InfluenceSim's simsom model, time per simulated step on the same follower network.

Grows the humans' follower network with SimSoM's own generator (graphutils.random_walk_network, k_out follows
each), writes it as GML for SimSoM and as an edge list for InfluenceSim, and runs both for STEPS steps with the
same parameters (mu 0.5, alpha 15, beta 0.05, gamma 0.01, phi 0, theta 1); each program adds its bots to that
network from beta and gamma. SimSoM runs with converge_by="steps" and without per-step tracking or message logs;
InfluenceSim through `bench`, which records every measure at every step.

    PYTHONPATH=SIMSOM_SOURCES/libs python3 scripts/bench/simsom-peer.py HUMANS FOLLOWS STEPS [INFLUENCESIM]

SIMSOM_SOURCES is a checkout of SimSoM's public repository (github.com/osome-iu/SimSoM; it needs python3-igraph,
numpy and scipy). INFLUENCESIM is the command that runs InfluenceSim (default: dotnet
src/InfluenceSim.Cli/bin/Release/net10.0/influencesim.dll).
"""
import json
import os
import random
import shlex
import subprocess
import sys
import tempfile
import time

import numpy as np
from simsom import SimSom
from simsom import graphutils

humans, follows, steps = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
influencesim = shlex.split(sys.argv[4] if len(sys.argv) > 4 else "dotnet src/InfluenceSim.Cli/bin/Release/net10.0/influencesim.dll")
influencesim = [os.path.abspath(part) if os.path.exists(part) else part for part in influencesim]
MU, ALPHA, BETA, GAMMA = 0.5, 15, 0.05, 0.01
random.seed(1)
np.random.seed(1)

folder = tempfile.mkdtemp(prefix="simsom-peer-")
os.chdir(folder)  # SimSoM writes its log under ./logs
clock = time.perf_counter()
network = graphutils.random_walk_network(humans, k_out=follows)
network.vs["label"] = [str(v.index) for v in network.vs]
network.write_gml("humans.gml")
with open("edges.csv", "w") as edges:
    edges.write("follower,followed\n")
    edges.writelines(f"{e.source},{e.target}\n" for e in network.es)  # igraph edges run follower -> friend
print(f"network: {humans:,} humans, {network.ecount():,} follows, grown in {time.perf_counter() - clock:.1f} s", flush=True)

with_bots = graphutils.init_net(targeting_criterion=None, human_network="humans.gml", beta=BETA, gamma=GAMMA)
with_bots.write_gml("with-bots.gml")
simsom = SimSom("with-bots.gml", tracktimestep=False, save_message_info=False, converge_by="steps", max_steps=steps,
                mu=MU, sigma=ALPHA, phi=0, theta=1)
clock = time.perf_counter()
measurements = simsom.simulation()
seconds = time.perf_counter() - clock
print(f"SimSoM {steps} steps: {seconds:.2f} s, {1000 * seconds / steps:.1f} ms a step; quality {measurements['quality']:.3f}", flush=True)

scenario = {"name": "simsom-peer", "seed": 1, "steps": steps, "replicates": 1, "model": "simsom",
            "simsom": {"mu": MU, "alpha": ALPHA, "beta": BETA, "gamma": GAMMA},
            "network": {"model": "edgelist", "path": "edges.csv"},
            "segments": [{"id": "everyone", "size": humans}]}
with open("simsom.json", "w") as file:
    json.dump(scenario, file)
out = subprocess.run(influencesim + ["bench", "simsom.json", "--allow-outside-files"], capture_output=True, text=True, check=True).stdout
line = next(line for line in out.splitlines() if line.startswith("steps"))
total = float(line.split(": ")[1].split(" s in all")[0])
print(f"InfluenceSim {steps} steps: {total:.2f} s, {1000 * total / steps:.1f} ms a step ({line.split('in all, ')[1]})", flush=True)
print(f"SimSoM / InfluenceSim: {seconds / total:.0f}x", flush=True)
