"""Exports from the window: meeting papers and the 决议汇编, off the UI thread."""
