"""Fictional data for the demo database and the benchmarks (deterministic)."""

# Each area adds its module here; generator.generate() calls populate(ctx) on each in order.
AREA_MODULES = [
    "tyokykytiimi.demo.contacts",
    "tyokykytiimi.demo.clients",
    "tyokykytiimi.demo.network",
    "tyokykytiimi.demo.measures",
    "tyokykytiimi.demo.plans",
    "tyokykytiimi.demo.feedback",
]
