kubectl create deployment web --image=nginx --port=80
kubectl get pods -o wide
kubectl get pods -o wide
kubectl get nodes -o wide
ping -c 3 10.244.0.4
curl -m 5 http://10.244.0.4
curl http://10.244.0.4
ssh controlplane
ping -c 2 10.244.0.4
curl http://10.244.0.4
ip route
exit
kubectl create service nodeport web --tcp=80:80 --node-port=30008
kubectl get svc web
kubectl describe svc web
curl http://192.168.1.2:30008
trace http://192.168.1.2:30008
trace http://10.244.0.4
kubectl logs deploy/web
