"""Small market-making bot for a couple of crypto venues."""
__version__ = "0.9.2"
