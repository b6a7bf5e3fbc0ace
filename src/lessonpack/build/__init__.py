"""Running builds: one request, one orchestration path, one report.

request (what to build) -> run (load, plan, render, write, in parallel when asked) -> report
(what happened, and the exit code). batch, shard and run_manifest read and record many packs;
pdf, preview and libreoffice drive LibreOffice for PDFs and pictures.
"""
