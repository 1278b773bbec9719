from celery import Celery

app = Celery("chatops")
app.config_from_object("chatops.settings")
