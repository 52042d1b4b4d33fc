kubectl create deployment web --image=nginx --replicas=2 --port=80
kubectl expose deployment web --port=80
kubectl get svc web
kubectl get pods -o wide
POD=$(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')
echo $POD
kubectl delete pod $POD
kubectl get pods -o wide
kubectl get pods -o wide
kubectl get svc web
kubectl get endpoints web
kubectl rollout restart deployment web
kubectl rollout status deployment web
kubectl get pods -o wide
kubectl get svc web
