//! A guide for NumPy users (written below).
