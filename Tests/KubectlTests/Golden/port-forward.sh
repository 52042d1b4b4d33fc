kubectl create deployment web --image=nginx --port=80
kubectl expose deployment web --port=80
kubectl port-forward svc/web 8080:80 &
curl -s localhost:8080 | grep title
jobs
curl -s -o /dev/null -w '%{http_code}\n' http://localhost:8080
kubectl port-forward svc/web 8080:80 &
kill %1
curl -s localhost:8080
curl localhost:8080
kubectl port-forward pod/nope 9090:80
kubectl run box --image=busybox -- sleep 3600
kubectl port-forward pod/$(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}') 9090:80
curl -sI http://127.0.0.1:9090
fg
jobs
