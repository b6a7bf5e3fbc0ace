"""Files in and out: the atomic writer, reproducible zips, safe reading of what users give.

Nothing here knows about lessons or slides; content/, render/ and build/ all use it.
"""
