"""The extraction stages. `pipeline.extract` runs them in order over one `Document`."""
