"""slurm-rest: one typed client for slurmrestd across Slurm releases."""
