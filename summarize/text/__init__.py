"""Reading, cleaning and segmenting article text: the first stages of the pipeline."""
