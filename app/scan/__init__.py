"""Frame decoding (zxing-cpp), camera and video capture (OpenCV) and the scan pipeline.

No Qt here: the CLI (`scan-image`, `scan-video`) and the GUI's camera thread run the same
code.
"""
