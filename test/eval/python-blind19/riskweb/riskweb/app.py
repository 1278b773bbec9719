import requests
from flask import Flask, jsonify

app = Flask(__name__)
app.config.from_object("riskweb.config.BaseConfig")


@app.get("/fx/<pair>")
def fx(pair):
    r = requests.get(f"https://fx.pricing.example.com/spot/{pair}", timeout=3, verify=app.config.get("PRICING_CA", True))
    return jsonify(r.json())


@app.get("/limits/<book>")
def limits(book):
    r = requests.get(f"https://limits.risk.example.com/books/{book}", timeout=3, verify="/etc/risk/ca.pem")
    return jsonify(r.json())


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8443, ssl_context=("/etc/risk/tls/cert.pem", "/etc/risk/tls/key.pem"))
